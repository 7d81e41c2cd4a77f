import { expect } from '@jest/globals';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, setClockAndSignIn, startTestApp, TEST_START, TestApp, TestUser } from '@muster/testing';
import { approvedRunbook, LeadsOrg, organisationWithLeads } from '../runbooks/runbook-api';
import { criterionOf, runbookReadiness } from '../readiness/readiness-api';
import { recordExercise } from './exercise-api';

const RAISE = `mutation ($input: RaiseExerciseActionsInput!) {
  raiseExerciseActions(input: $input) { id title status organisation { id } dueAt version } }`;
const TRACKER = `query ($id: ID!) { exercise(id: $id) { actionTracker {
  total closed overdue closedPercent overduePercent oldestOpenSince
  byStatus { status count } byFunction { function total closed overdue } byOrganisation { organisationId total closed overdue } } } }`;
const LIST = `query ($exerciseId: ID!) { assignments(first: 50, filter: { exerciseId: $exerciseId }) { nodes { id title } } }`;

interface Raised {
  id: string;
  title: string;
  status: string;
  organisation: { id: string };
  dueAt: string | null;
  version: number;
}

/**
 * An exercise's action plan: its organiser raises actions from a finding for itself and the
 * organisations that took part (assignments, source = the finding); each organisation sees
 * and works its own; the tracker counts them; and an overdue action fails the runbook's
 * NO_OVERDUE_EXERCISE_ACTIONS until it is done.
 */
describe('exercise actions', () => {
  let t: TestApp;
  let icb: LeadsOrg;
  let trust: LeadsOrg;
  let third: LeadsOrg;
  let trustResponder: TestUser;
  let exerciseId: string;
  let findingId: string;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await organisationWithLeads(t, { kind: OrganisationKind.ICB, name: 'Actions Test ICB' });
    trust = await organisationWithLeads(t, { name: 'Actions Test Trust' });
    third = await organisationWithLeads(t, { name: 'Actions Test Third Trust' });
    trustResponder = await createUser(t, [{ organisationId: trust.org.id, role: Role.RESPONDER }]);
    planId = (await approvedRunbook(t, trust.org.id, trust.author, trust.approver, { title: 'Trust ransomware plan' }))
      .id;
    const ex = await recordExercise(t, icb.author, {
      organisingOrganisationId: icb.org.id,
      participantOrganisationIds: [trust.org.id],
      runbookIds: [planId],
    });
    exerciseId = (ex.data?.recordExercise as { id: string }).id;
    const finding = await t.gql.ok<{ recordExerciseFinding: { id: string } }>(
      `mutation ($input: RecordExerciseFindingInput!) { recordExerciseFinding(input: $input) { id } }`,
      { input: { exerciseId, title: 'On-call lists were out of date' } },
      { token: icb.author.token },
    );
    findingId = finding.recordExerciseFinding.id;
  });
  afterAll(() => t.close());
  beforeEach(() =>
    setClockAndSignIn(t, TEST_START, [icb.author, trust.author, trust.approver, third.author, trustResponder]),
  );

  const raise = (who: TestUser, actions: Record<string, unknown>[]) =>
    t.gql.request<{ raiseExerciseActions: Raised[] }>(RAISE, { input: { findingId, actions } }, { token: who.token });
  const tracker = async (who: TestUser = icb.author) =>
    (
      await t.gql.ok<{ exercise: { actionTracker: Record<string, unknown> } }>(
        TRACKER,
        { id: exerciseId },
        { token: who.token },
      )
    ).exercise.actionTracker;

  it('raises actions for the organiser and participants, seen by their owners, tracked, and failing readiness when overdue', async () => {
    const trustAction = {
      organisationId: trust.org.id,
      title: 'Refresh the out-of-hours contact list',
      function: 'EPRR',
      dueAt: '2026-12-10T17:00:00Z',
    };
    const icbAction = {
      organisationId: icb.org.id,
      title: 'Publish one ICS contact directory',
      function: 'DIGITAL',
      dueAt: '2027-01-31T17:00:00Z',
    };

    // Only the organiser raises them, and only for organisations that took part; refused input writes nothing.
    expect(errorCode(await raise(trust.author, [trustAction]))).toBe('FORBIDDEN');
    expect(errorCode(await raise(third.author, [trustAction]))).toBe('NOT_FOUND');
    const stranger = await raise(icb.author, [trustAction, { ...icbAction, organisationId: third.org.id }]);
    expect(errorCode(stranger)).toBe('BAD_USER_INPUT');
    expect(stranger.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'actions.1.organisationId' }] });
    expect((await tracker()).total).toBe(0);
    // createAssignment cannot pretend an assignment comes from an exercise finding.
    const forged = await t.gql.request(
      `mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      { input: { ...trustAction, source: { kind: 'EXERCISE_FINDING', id: findingId, exerciseId } } },
      { token: trust.author.token },
    );
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');

    const raised = await raise(icb.author, [trustAction, icbAction]);
    expect(raised.errors).toBeUndefined();
    const [mine, theirs] = raised.data?.raiseExerciseActions as Raised[];
    expect(mine).toMatchObject({ status: 'OPEN', organisation: { id: trust.org.id } });

    // The trust sees its own action; the ICB (organiser and assigning side) sees both; a third organisation none.
    const listed = async (who: TestUser) =>
      (
        await t.gql.ok<{ assignments: { nodes: { id: string }[] } }>(LIST, { exerciseId }, { token: who.token })
      ).assignments.nodes
        .map((n) => n.id)
        .sort();
    expect(await listed(trustResponder)).toEqual([mine.id]);
    expect(await listed(icb.author)).toEqual([mine.id, theirs.id].sort());
    expect(await listed(third.author)).toEqual([]);

    expect(await tracker()).toMatchObject({ total: 2, closed: 0, overdue: 0, closedPercent: 0, overduePercent: 0 });
    expect(
      criterionOf(await runbookReadiness(t, trust.org.id, planId, trust.author), 'NO_OVERDUE_EXERCISE_ACTIONS'),
    ).toMatchObject({
      status: 'PASS',
    });

    // Past the trust's due time: overdue in the tracker and in the trust's plan's readiness.
    await setClockAndSignIn(t, '2026-12-11T09:00:00Z', [icb.author, trust.author, trustResponder]);
    expect(await tracker()).toMatchObject({
      overdue: 1,
      overduePercent: 50,
      byOrganisation: expect.arrayContaining([{ organisationId: trust.org.id, total: 1, closed: 0, overdue: 1 }]),
      byFunction: [
        { function: 'EPRR', total: 1, closed: 0, overdue: 1 },
        { function: 'DIGITAL', total: 1, closed: 0, overdue: 0 },
      ],
    });
    let r = await runbookReadiness(t, trust.org.id, planId, trust.author);
    expect(criterionOf(r, 'NO_OVERDUE_EXERCISE_ACTIONS')).toMatchObject({
      status: 'FAIL',
      reason: '1 overdue action from its exercises',
    });

    // Done: closed in the tracker, and the plan passes again.
    const ack = await t.gql.ok<{ acknowledgeAssignment: { version: number } }>(
      `mutation ($input: AssignmentNoteInput!) { acknowledgeAssignment(input: $input) { version } }`,
      { input: { id: mine.id, version: mine.version } },
      { token: trustResponder.token },
    );
    const started = await t.gql.ok<{ startAssignment: { version: number } }>(
      `mutation ($input: AssignmentNoteInput!) { startAssignment(input: $input) { version } }`,
      { input: { id: mine.id, version: ack.acknowledgeAssignment.version } },
      { token: trustResponder.token },
    );
    await t.gql.ok(
      `mutation ($input: CompleteAssignmentInput!) { completeAssignment(input: $input) { version } }`,
      { input: { id: mine.id, version: started.startAssignment.version, evidence: { text: 'List reissued 10 Dec' } } },
      { token: trustResponder.token },
    );
    expect(await tracker()).toMatchObject({ total: 2, closed: 1, overdue: 0, closedPercent: 50 });
    r = await runbookReadiness(t, trust.org.id, planId, trust.author);
    expect(criterionOf(r, 'NO_OVERDUE_EXERCISE_ACTIONS').status).toBe('PASS');
  });
});
