import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, attempt, auditOf, createRunbookOrg, getRunbook, step } from './runbook-api';

/**
 * Four eyes: a version is approved by an EPRR lead who neither submitted it nor changed
 * the draft since the last approved version. Who changed it comes from what the changes
 * themselves recorded, never from the client.
 */
describe('four eyes on runbook approval', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;
  let thirdLead: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
    thirdLead = await createUser(t, [{ organisationId: o.org.id, role: Role.EPRR_LEAD }]);
  });
  afterAll(() => t.close());

  it('refuses approval by a lead who revised and added a step when another lead only submitted it, writing nothing', async () => {
    const approved = await approvedRunbook(t, o.org.id, o.admin, o.secondLead);
    await act(t, 'reviseRunbook', { id: approved.id }, o.lead);
    await act(t, 'addRunbookStep', { runbookId: approved.id, ...step('Tell the ICB on-call') }, o.lead);
    await act(t, 'submitRunbookForReview', { id: approved.id }, o.secondLead);
    const before = await auditOf(t, approved.id);

    const res = await attempt(t, 'approveRunbook', { id: approved.id }, o.lead);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe(
      'Four eyes: you changed this draft since the last approved version, so you cannot approve it; another EPRR lead must',
    );
    expect(await getRunbook(t, approved.id, o.lead)).toMatchObject({ status: 'IN_REVIEW', latestVersionNumber: 1 });
    expect(await auditOf(t, approved.id)).toHaveLength(before.length);

    // A lead who took no part approves it.
    const v2 = await act(t, 'approveRunbook', { id: approved.id }, thirdLead);
    expect(v2).toMatchObject({ status: 'APPROVED', latestVersionNumber: 2 });
  });

  it('counts only the changes since the last approved version: the author of version 1 may approve version 2', async () => {
    const approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead);
    await act(t, 'reviseRunbook', { id: approved.id }, thirdLead);
    await act(t, 'addRunbookStep', { runbookId: approved.id, ...step('Brief the board') }, thirdLead);
    await act(t, 'submitRunbookForReview', { id: approved.id }, thirdLead);
    expect(await act(t, 'approveRunbook', { id: approved.id }, o.lead)).toMatchObject({ latestVersionNumber: 2 });
  });

  it('counts every kind of draft change: details, step edits, reorders and removals', async () => {
    const ops = [
      async (id: string) => {
        const { version } = await getRunbook(t, id, o.lead);
        return act(t, 'updateRunbookDraft', { id, version, title: 'Renamed by the would-be approver' }, o.lead);
      },
      async (id: string) => {
        const { steps } = await getRunbook(t, id, o.lead);
        return act(
          t,
          'updateRunbookStep',
          { stepId: steps[0].id, instructions: 'Edited by the would-be approver' },
          o.lead,
        );
      },
      async (id: string) => {
        const { steps } = await getRunbook(t, id, o.lead);
        return act(t, 'reorderRunbookSteps', { runbookId: id, stepIds: [steps[1].id, steps[0].id] }, o.lead);
      },
      async (id: string) => {
        const { steps } = await getRunbook(t, id, o.lead);
        return act(t, 'removeRunbookStep', { stepId: steps[1].id }, o.lead);
      },
    ];
    for (const change of ops) {
      const approved = await approvedRunbook(t, o.org.id, o.admin, o.secondLead);
      await act(t, 'reviseRunbook', { id: approved.id }, o.admin);
      await change(approved.id);
      await act(t, 'submitRunbookForReview', { id: approved.id }, o.admin);
      expect(errorCode(await attempt(t, 'approveRunbook', { id: approved.id }, o.lead))).toBe('FORBIDDEN');
    }
  });

  it('counts adopting a template as authoring the draft', async () => {
    const icb = await createRunbookOrg(t, OrganisationKind.ICB);
    const template = await approvedRunbook(t, icb.org.id, icb.admin, icb.lead, {
      isTemplate: true,
      title: 'ICS DDoS template',
    });
    const adopted = await act(t, 'adoptTemplate', { templateId: template.id, organisationId: o.org.id }, o.lead);
    await act(t, 'submitRunbookForReview', { id: adopted.id }, o.secondLead);
    expect(errorCode(await attempt(t, 'approveRunbook', { id: adopted.id }, o.lead))).toBe('FORBIDDEN');
    expect(await act(t, 'approveRunbook', { id: adopted.id }, thirdLead)).toMatchObject({ status: 'APPROVED' });
  });

  it('lets a reviewer who only sent the draft back, or only set its owner, approve it', async () => {
    const approved = await approvedRunbook(t, o.org.id, o.admin, o.secondLead);
    await act(t, 'reviseRunbook', { id: approved.id }, o.admin);
    await act(t, 'addRunbookStep', { runbookId: approved.id, ...step('Call the supplier') }, o.admin);
    await act(t, 'submitRunbookForReview', { id: approved.id }, o.admin);
    await act(t, 'returnRunbookToDraft', { id: approved.id, reason: 'Name the supplier' }, o.lead);
    await act(t, 'setRunbookOwner', { id: approved.id, userId: o.admin.id }, o.lead);
    const { steps } = await getRunbook(t, approved.id, o.admin);
    await act(t, 'updateRunbookStep', { stepId: steps[2].id, title: 'Call Acme EPR support' }, o.admin);
    await act(t, 'submitRunbookForReview', { id: approved.id }, o.admin);
    expect(await act(t, 'approveRunbook', { id: approved.id }, o.lead)).toMatchObject({ latestVersionNumber: 2 });
  });
});
