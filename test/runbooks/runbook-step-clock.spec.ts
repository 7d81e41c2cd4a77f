import { errorCode, startTestApp, TestApp } from '@muster/testing';
import {
  act,
  attempt,
  auditOf,
  createRunbookOrg,
  draftWithSteps,
  getRunbook,
  step,
  submitAndApprove,
} from './runbook-api';

type StepClock = { title: string; targetMinutes: number | null; clockAnchor: string };

/**
 * A step's target time counts from the declaration (default) or from awareness of a
 * personal data breach, so the 72-hour ICO step is never scheduled past the legal
 * deadline when the incident is declared late.
 */
describe('the clock a step target counts from', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  it('counts from the declaration unless a step says awareness of the breach, and keeps the anchor in the approved version', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, [
      step('Declare the incident'),
      step('Assess reportability to the ICO within 72 hours', {
        function: 'INFORMATION_GOVERNANCE',
        responsibleRole: 'IG_OFFICER',
        targetMinutes: 4320,
        clockAnchor: 'BREACH_AWARENESS',
      }),
    ]);
    const clocks = (draft.steps as unknown as StepClock[]).map((s) => [s.title, s.targetMinutes, s.clockAnchor]);
    expect(clocks).toEqual([
      ['Declare the incident', 60, 'DECLARATION'],
      ['Assess reportability to the ICO within 72 hours', 4320, 'BREACH_AWARENESS'],
    ]);
    const approved = await submitAndApprove(t, draft.id, o.lead, o.secondLead);
    const version = await t.gql.ok<{ runbookVersion: { steps: StepClock[] } }>(
      'query ($id: ID!) { runbookVersion(id: $id) { steps { title clockAnchor } } }',
      { id: approved.currentVersion?.id },
      { token: o.viewer.token },
    );
    expect(version.runbookVersion.steps.map((s) => s.clockAnchor)).toEqual(['DECLARATION', 'BREACH_AWARENESS']);
  });

  it('changes the anchor of a step as an audited edit, and refuses an unknown anchor without writing', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const before = await auditOf(t, draft.id);
    const bad = await attempt(t, 'updateRunbookStep', { stepId: draft.steps[0].id, clockAnchor: 'LUNCHTIME' }, o.lead);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(await auditOf(t, draft.id)).toHaveLength(before.length);

    const changed = await act(
      t,
      'updateRunbookStep',
      { stepId: draft.steps[0].id, clockAnchor: 'BREACH_AWARENESS' },
      o.lead,
    );
    expect((changed.steps[0] as unknown as StepClock).clockAnchor).toBe('BREACH_AWARENESS');
    const last = (await auditOf(t, draft.id)).pop();
    expect(last?.changes).toMatchObject({
      before: { clockAnchor: 'DECLARATION' },
      after: { clockAnchor: 'BREACH_AWARENESS' },
    });
    // Another edit leaves the anchor as it is.
    await act(t, 'updateRunbookStep', { stepId: draft.steps[0].id, title: 'Notify the ICO' }, o.lead);
    expect(((await getRunbook(t, draft.id, o.lead)).steps[0] as unknown as StepClock).clockAnchor).toBe(
      'BREACH_AWARENESS',
    );
  });
});
