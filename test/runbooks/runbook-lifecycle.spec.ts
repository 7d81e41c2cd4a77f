import { Role } from '@muster/platform-access';
import { createUser, errorCode, setClockAndSignIn, startTestApp, TEST_START, TestApp } from '@muster/testing';
import {
  act,
  approvedRunbook,
  attempt,
  auditOf,
  createRunbookOrg,
  draftWithSteps,
  getRunbook,
  OPS,
} from './runbook-api';

describe('runbook lifecycle', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  /** Moves the clock and signs everyone in again: an access token is good from its issue time to its expiry only. */
  const setClock = (at: string) => setClockAndSignIn(t, at, [o.lead, o.secondLead, o.admin, o.igOfficer, o.viewer]);
  beforeEach(() => setClock(TEST_START));

  it('creates a draft owned by its author, with an audit event', async () => {
    const runbook = await act(
      t,
      'createRunbook',
      { organisationId: o.org.id, title: '  Data breach response ', categories: ['DATA_BREACH'] },
      o.lead,
    );
    expect(runbook).toMatchObject({
      title: 'Data breach response',
      status: 'DRAFT',
      reviewIntervalMonths: 12,
      version: 1,
      latestVersionNumber: 0,
      owner: { id: o.lead.id },
      currentVersion: null,
      nextReviewAt: null,
      isTemplate: false,
    });
    const [event] = await auditOf(t, runbook.id);
    expect(event).toMatchObject({
      action: 'runbook.created',
      summary: "Runbook 'Data breach response' created as a draft",
    });
  });

  it('takes a draft through review to approval by a second EPRR lead, publishing version 1', async () => {
    await setClock('2026-01-31T10:00:00Z');
    const draft = await draftWithSteps(t, o.org.id, o.lead, 3, { reviewIntervalMonths: 1 });
    const submitted = await act(t, 'submitRunbookForReview', { id: draft.id, version: draft.version }, o.lead);
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', submittedBy: { id: o.lead.id } });

    await setClock('2026-02-02T08:00:00Z');
    const approved = await act(t, 'approveRunbook', { id: draft.id }, o.secondLead);
    expect(approved).toMatchObject({
      status: 'APPROVED',
      latestVersionNumber: 1,
      currentVersion: { versionNumber: 1 },
      nextReviewAt: '2026-03-02T08:00:00.000Z',
      submittedBy: null,
      dueForReview: false,
    });
    const { runbookVersion } = await t.gql.ok<{
      runbookVersion: Record<string, unknown> & { steps: { id: string }[] };
    }>(OPS.runbookVersion, { id: approved.currentVersion?.id }, { token: o.viewer.token });
    expect(runbookVersion).toMatchObject({
      versionNumber: 1,
      approvedAt: '2026-02-02T08:00:00.000Z',
      approvedBy: { id: o.secondLead.id },
      submittedBy: { id: o.lead.id },
    });
    expect(runbookVersion.steps.map((s) => s.id)).toEqual(draft.steps.map((s) => s.id));
    expect((await auditOf(t, draft.id)).map((e) => e.action)).toEqual([
      'runbook.created',
      'runbook.step_added',
      'runbook.step_added',
      'runbook.step_added',
      'runbook.submitted',
      'runbook.approved',
    ]);
  });

  it('refuses approval by the person who submitted (four eyes), changing nothing', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
    const before = await auditOf(t, draft.id);
    const res = await attempt(t, 'approveRunbook', { id: draft.id }, o.lead);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe(
      'Four eyes: the person who submitted this runbook for review cannot approve it',
    );
    expect((await getRunbook(t, draft.id, o.lead)).status).toBe('IN_REVIEW');
    expect(await auditOf(t, draft.id)).toHaveLength(before.length);
  });

  it('lets only an EPRR lead approve, not an organisation admin', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
    expect(errorCode(await attempt(t, 'approveRunbook', { id: draft.id }, o.admin))).toBe('FORBIDDEN');
  });

  it('refuses submission without steps, and approval of a draft, with CONFLICT', async () => {
    const empty = await act(
      t,
      'createRunbook',
      { organisationId: o.org.id, title: 'Empty runbook', categories: ['OTHER'] },
      o.lead,
    );
    const res = await attempt(t, 'submitRunbookForReview', { id: empty.id }, o.lead);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/at least one step/);
    const approve = await attempt(t, 'approveRunbook', { id: empty.id }, o.secondLead);
    expect(errorCode(approve)).toBe('CONFLICT');
    expect(approve.errors?.[0].message).toBe('Cannot approve: the runbook is a draft (not submitted for review)');
  });

  it('returns a runbook in review to draft, with the reason in the audit trail', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
    const back = await act(t, 'returnRunbookToDraft', { id: draft.id, reason: 'Add the ICO step' }, o.secondLead);
    expect(back).toMatchObject({ status: 'DRAFT', submittedBy: null });
    const last = (await auditOf(t, draft.id)).pop();
    expect(last).toMatchObject({
      action: 'runbook.returned_to_draft',
      summary: "Runbook 'Ransomware response' returned to draft: Add the ICO step",
    });
  });

  it('refuses a stale draft edit with CONFLICT and applies a current one', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const res = await attempt(
      t,
      'updateRunbookDraft',
      { id: draft.id, version: draft.version - 1, title: 'Too late' },
      o.admin,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/changed by someone else/);
    const edited = await act(
      t,
      'updateRunbookDraft',
      {
        id: draft.id,
        version: draft.version,
        title: 'Ransomware and extortion',
        categories: ['RANSOMWARE', 'DATA_BREACH'],
        reviewIntervalMonths: 6,
      },
      o.admin,
    );
    expect(edited).toMatchObject({
      title: 'Ransomware and extortion',
      categories: ['RANSOMWARE', 'DATA_BREACH'],
      reviewIntervalMonths: 6,
      version: draft.version + 1,
    });
    const last = (await auditOf(t, draft.id)).pop();
    expect(last?.changes).toEqual({
      before: { title: 'Ransomware response', categories: ['RANSOMWARE'], reviewIntervalMonths: 12 },
      after: { title: 'Ransomware and extortion', categories: ['RANSOMWARE', 'DATA_BREACH'], reviewIntervalMonths: 6 },
    });
  });

  it('refuses bad input with the field named', async () => {
    const res = await attempt(t, 'createRunbook', { organisationId: o.org.id, title: 'x', categories: [] }, o.lead);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['categories', 'title']);
  });

  it('revises an approved runbook as a new draft and publishes version 2, keeping version 1 in force meanwhile', async () => {
    const approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead);
    const v1 = approved.currentVersion?.id;
    const draft = await act(t, 'reviseRunbook', { id: approved.id }, o.admin);
    expect(draft).toMatchObject({ status: 'DRAFT', currentVersion: { id: v1, versionNumber: 1 } });
    await act(
      t,
      'addRunbookStep',
      { runbookId: approved.id, title: 'Tell the ICB on-call', function: 'EPRR', responsibleRole: 'EPRR_LEAD' },
      o.admin,
    );
    await act(t, 'submitRunbookForReview', { id: approved.id }, o.admin);
    const v2 = await act(t, 'approveRunbook', { id: approved.id }, o.lead);
    expect(v2).toMatchObject({ status: 'APPROVED', latestVersionNumber: 2, currentVersion: { versionNumber: 2 } });
    const full = (await getRunbook(t, approved.id, o.viewer)) as unknown as { versions: { versionNumber: number }[] };
    expect(full.versions.map((v) => v.versionNumber)).toEqual([2, 1]);
  });

  it('retires a runbook and then refuses every change', async () => {
    const approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead);
    const retired = await act(
      t,
      'retireRunbook',
      { id: approved.id, reason: 'Superseded by the system-wide plan' },
      o.lead,
    );
    expect(retired.status).toBe('RETIRED');
    expect(errorCode(await attempt(t, 'reviseRunbook', { id: approved.id }, o.lead))).toBe('CONFLICT');
    expect(errorCode(await attempt(t, 'setRunbookOwner', { id: approved.id, userId: o.admin.id }, o.lead))).toBe(
      'CONFLICT',
    );
  });

  it('sets an owner only to an active member of the owning organisation', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const owned = await act(t, 'setRunbookOwner', { id: draft.id, userId: o.igOfficer.id }, o.admin);
    expect(owned.owner?.id).toBe(o.igOfficer.id);
    const other = await createRunbookOrg(t);
    const res = await attempt(t, 'setRunbookOwner', { id: draft.id, userId: other.lead.id }, o.admin);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'userId', message: 'the owner must be an active member of the organisation that owns the runbook' },
    ]);
    const leaver = await createUser(t, [{ organisationId: o.org.id, role: Role.RESPONDER }]);
    await t.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [leaver.id]);
    expect(errorCode(await attempt(t, 'setRunbookOwner', { id: draft.id, userId: leaver.id }, o.admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await auditOf(t, draft.id)).filter((e) => e.action === 'runbook.owner_set')).toHaveLength(1);
  });

  it('publishes exactly one version when two EPRR leads approve at the same moment', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.admin, 1);
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.admin);
    const results = await Promise.all(
      [o.lead, o.secondLead].map((who) => attempt(t, 'approveRunbook', { id: draft.id }, who)),
    );
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM runbook_version WHERE runbook_id = $1`,
      [draft.id],
    );
    expect(n).toBe(1);
  });

  it('keeps step positions 1..n when steps are added concurrently', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 0);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        act(
          t,
          'addRunbookStep',
          { runbookId: draft.id, title: `Parallel step ${i}`, function: 'EPRR', responsibleRole: 'EPRR_LEAD' },
          o.lead,
        ),
      ),
    );
    const steps = (await getRunbook(t, draft.id, o.lead)).steps;
    expect(steps.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await getRunbook(t, draft.id, o.lead)).version).toBe(7);
  });

  it('marks an approved runbook due for review once the clock passes its review date', async () => {
    await setClock('2026-04-01T09:00:00Z');
    const approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead, { reviewIntervalMonths: 12 });
    expect(approved).toMatchObject({ nextReviewAt: '2027-04-01T09:00:00.000Z', dueForReview: false });
    t.clock.set('2027-04-01T09:00:01Z');
    // Signed in after the clock moved: earlier tokens have expired by then.
    const reader = await createUser(t, [{ organisationId: o.org.id, role: Role.VIEWER }]);
    expect((await getRunbook(t, approved.id, reader)).dueForReview).toBe(true);
  });
});
