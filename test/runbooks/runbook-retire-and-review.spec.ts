import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import {
  act,
  approvedRunbook,
  attempt,
  auditOf,
  createRunbookOrg,
  draftWithSteps,
  getRunbook,
  OPS,
  RunbookView,
} from './runbook-api';

type Org = Awaited<ReturnType<typeof createRunbookOrg>>;

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

/** Moves the clock and signs these people in again: an access token is good from its issue time only. */
async function setClock(t: TestApp, at: string, users: TestUser[]): Promise<void> {
  t.clock.set(at);
  for (const user of users) {
    const { login } = await t.gql.ok<{ login: { accessToken: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: user.email, password: user.password } },
    );
    user.token = login.accessToken;
  }
}

async function eprrLeadKey(t: TestApp, o: Org): Promise<string> {
  const input = { organisationId: o.org.id, role: Role.EPRR_LEAD, name: 'Plan sync' };
  return (await t.gql.ok<{ createApiKey: { secret: string } }>(CREATE_KEY, { input }, { token: o.admin.token }))
    .createApiKey.secret;
}

describe('retiring a plan', () => {
  let t: TestApp;
  let o: Org;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  it('needs a reason, and records it with who retired the plan and when', async () => {
    const approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead);
    const missing = await t.gql.request(OPS.retireRunbook, { input: { id: approved.id } }, { token: o.lead.token });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    const blank = await attempt(t, 'retireRunbook', { id: approved.id, reason: '  ' }, o.lead);
    expect(blank.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['reason']);
    expect((await getRunbook(t, approved.id, o.lead)).status).toBe('APPROVED');

    const reason = 'Replaced by the Staffordshire-wide cyber incident plan';
    const retired = await act(t, 'retireRunbook', { id: approved.id, reason: `  ${reason} ` }, o.lead);
    expect(retired).toMatchObject({
      status: 'RETIRED',
      retiredAt: '2026-11-28T09:00:00.000Z',
      retiredBy: { id: o.lead.id },
      retirementReason: reason,
    });
    const event = (await auditOf(t, approved.id)).pop();
    expect(event).toMatchObject({
      action: 'runbook.retired',
      summary: `Runbook 'Ransomware response' retired: ${reason}`,
    });
    expect(event?.changes).toMatchObject({ before: { status: 'APPROVED' }, after: { status: 'RETIRED' }, reason });
  });

  it("is for the owning organisation's EPRR lead only: not its organisation admin, not an API key", async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const input = { id: draft.id, reason: 'No longer needed' };
    expect(errorCode(await attempt(t, 'retireRunbook', input, o.admin))).toBe('FORBIDDEN');
    const key = await eprrLeadKey(t, o);
    const byKey = await t.gql.request(OPS.retireRunbook, { input }, { apiKey: key });
    expect(errorCode(byKey)).toBe('FORBIDDEN');
    expect(byKey.errors?.[0].message).toBe('Retiring a plan needs a named person, not an API key');
    expect((await getRunbook(t, draft.id, o.lead)).status).toBe('DRAFT');
    expect(await act(t, 'retireRunbook', input, o.secondLead)).toMatchObject({
      status: 'RETIRED',
      retiredBy: { id: o.secondLead.id },
    });
  });
});

describe('review interval and review without change', () => {
  let t: TestApp;
  let o: Org;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  it('refuses a review interval over 12 months (plans are reviewed at least annually), naming the field', async () => {
    const res = await attempt(
      t,
      'createRunbook',
      { organisationId: o.org.id, title: 'Cold weather plan', categories: ['OTHER'], reviewIntervalMonths: 13 },
      o.lead,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'reviewIntervalMonths',
        message: 'a plan is reviewed at least every 12 months (EPRR Framework; RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS)',
      },
    ]);
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const edit = await attempt(
      t,
      'updateRunbookDraft',
      { id: draft.id, version: draft.version, reviewIntervalMonths: 24 },
      o.lead,
    );
    expect(edit.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['reviewIntervalMonths']);
    expect((await getRunbook(t, draft.id, o.lead)).reviewIntervalMonths).toBe(12);
  });

  it('restarts the clock of a plan stored with a longer interval (from before the cap) at the cap', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    await t.dataSource.query(`UPDATE runbook SET review_interval_months = 24 WHERE id = $1`, [draft.id]);
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
    const approved = await act(t, 'approveRunbook', { id: draft.id }, o.secondLead);
    expect(approved.nextReviewAt).toBe('2027-11-28T09:00:00.000Z');
  });

  it('marks an approved plan reviewed without change: the clock restarts, no version is published, the review is audited', async () => {
    await setClock(t, '2026-01-10T09:00:00Z', [o.lead, o.secondLead, o.admin]);
    const approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead, { reviewIntervalMonths: 12 });
    expect(approved).toMatchObject({
      nextReviewAt: '2027-01-10T09:00:00.000Z',
      lastReviewedAt: '2026-01-10T09:00:00.000Z',
    });

    await setClock(t, '2027-01-20T09:00:00Z', [o.lead, o.secondLead, o.admin]);
    expect((await getRunbook(t, approved.id, o.lead)).dueForReview).toBe(true);
    // The approver may attest it too: nothing is published, so four eyes has nothing to guard.
    const reviewed = await act(
      t,
      'markRunbookReviewed',
      { id: approved.id, notes: 'Checked after the January exercise' },
      o.secondLead,
    );
    expect(reviewed).toMatchObject({
      status: 'APPROVED',
      latestVersionNumber: 1,
      currentVersion: { id: approved.currentVersion?.id, versionNumber: 1 },
      nextReviewAt: '2028-01-20T09:00:00.000Z',
      dueForReview: false,
      lastReviewedAt: '2027-01-20T09:00:00.000Z',
      lastReviewedBy: { id: o.secondLead.id },
    });
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM runbook_version WHERE runbook_id = $1`,
      [approved.id],
    );
    expect(n).toBe(1);
    const event = (await auditOf(t, approved.id)).pop();
    expect(event).toMatchObject({
      action: 'runbook.reviewed',
      summary:
        "Runbook 'Ransomware response' version 1 reviewed without change (next review 2028-01-20): Checked after the January exercise",
    });
    expect(event?.changes).toEqual({
      before: { status: 'APPROVED', nextReviewAt: '2027-01-10T09:00:00.000Z' },
      after: { status: 'APPROVED', nextReviewAt: '2028-01-20T09:00:00.000Z' },
      versionNumber: 1,
      notes: 'Checked after the January exercise',
    });
  });

  it('lets only an EPRR lead of the owning organisation, a person, mark a plan reviewed, and only an approved one', async () => {
    const approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead);
    expect(errorCode(await attempt(t, 'markRunbookReviewed', { id: approved.id }, o.admin))).toBe('FORBIDDEN');
    const byKey = await t.gql.request(
      OPS.markRunbookReviewed,
      { input: { id: approved.id } },
      { apiKey: await eprrLeadKey(t, o) },
    );
    expect(byKey.errors?.[0].message).toBe('A review needs a named person, not an API key');
    const icb = await createRunbookOrg(t, OrganisationKind.ICB);
    expect(errorCode(await attempt(t, 'markRunbookReviewed', { id: approved.id }, icb.lead))).toBe('FORBIDDEN');
    const outsider = await createUser(t, [
      { organisationId: (await createRunbookOrg(t)).org.id, role: Role.EPRR_LEAD },
    ]);
    expect(errorCode(await attempt(t, 'markRunbookReviewed', { id: approved.id }, outsider))).toBe('NOT_FOUND');
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const res = await attempt(t, 'markRunbookReviewed', { id: draft.id }, o.lead);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe(
      'Cannot mark reviewed without change: the runbook is a draft (not submitted for review)',
    );
    expect((await auditOf(t, approved.id)).filter((e) => e.action === 'runbook.reviewed')).toEqual([]);
  });
});

describe('a configured review interval cap', () => {
  let t: TestApp;
  let o: Org;
  let template: RunbookView;

  beforeAll(async () => {
    t = await startTestApp({ env: { RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS: '6' } });
    const icb = await createRunbookOrg(t, OrganisationKind.ICB);
    o = await createRunbookOrg(t);
    // Published before the cap came down: 12 months in its own record.
    template = await approvedRunbook(t, icb.org.id, icb.admin, icb.lead, {
      isTemplate: true,
      title: 'ICS EPR outage template',
      reviewIntervalMonths: 6,
    });
    await t.dataSource.query(`UPDATE runbook SET review_interval_months = 12 WHERE id = $1`, [template.id]);
  });
  afterAll(() => t.close());

  it('is the default and the limit of new plans, and of adopted ones', async () => {
    const created = await act(
      t,
      'createRunbook',
      { organisationId: o.org.id, title: 'Flooding plan', categories: ['OTHER'] },
      o.lead,
    );
    expect(created.reviewIntervalMonths).toBe(6);
    const res = await attempt(
      t,
      'createRunbook',
      { organisationId: o.org.id, title: 'Heat plan', categories: ['OTHER'], reviewIntervalMonths: 7 },
      o.lead,
    );
    expect(res.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'reviewIntervalMonths',
        message: 'a plan is reviewed at least every 6 months (EPRR Framework; RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS)',
      },
    ]);
    const adopted = await act(t, 'adoptTemplate', { templateId: template.id, organisationId: o.org.id }, o.lead);
    expect(adopted.reviewIntervalMonths).toBe(6);
  });
});
