import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import {
  createTeam,
  createUser,
  errorCode,
  GraphqlResponse,
  setClockAndSignIn,
  startTestApp,
  TEST_START,
  TestApp,
  TestUser,
} from '@muster/testing';
import { LeadsOrg, organisationWithLeads } from '../runbooks/runbook-api';
import { recordExercise } from './exercise-api';

const ACTIONS = `query ($id: ID!, $first: Int, $after: String, $filter: ExerciseActionFilter) {
  exercise(id: $id) {
    actionTracker { total }
    actions(first: $first, after: $after, filter: $filter) {
      nodes { id title function priority status dueAt overdue createdAt assignedToMe
        finding { id title } organisation { id name } team { id name } assignee { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface ActionView {
  id: string;
  title: string;
  status: string;
  overdue: boolean;
  assignedToMe: boolean;
  finding: { id: string; title: string };
  organisation: { id: string; name: string };
  team: { id: string; name: string } | null;
  assignee: { name: string } | null;
}
type Answer = {
  exercise: {
    actionTracker: { total: number };
    actions: { nodes: ActionView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
};

/**
 * An exercise's action plan row by row (Exercise.actions): every organisation's actions to
 * exactly who sees the exercise — organiser, participants, the ICB's EPRR lead, system-wide
 * roles — and NOT_FOUND to anyone else; the assignment's own detail keeps its own visibility.
 */
describe('an exercise’s actions, listed to whoever sees the exercise', () => {
  let t: TestApp;
  let icb: LeadsOrg;
  let organiser: LeadsOrg;
  let participant: LeadsOrg;
  let outsider: LeadsOrg;
  let participantResponder: TestUser;
  let auditor: TestUser;
  let exerciseId: string;
  let findingId: string;
  let teamId: string;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await organisationWithLeads(t, { kind: OrganisationKind.ICB, name: 'Action List ICB' });
    organiser = await organisationWithLeads(t, { name: 'Action List Organising Trust' });
    participant = await organisationWithLeads(t, { name: 'Action List Participating Trust' });
    outsider = await organisationWithLeads(t, { name: 'Action List Outside Trust' });
    participantResponder = await createUser(t, [{ organisationId: participant.org.id, role: Role.RESPONDER }], {
      displayName: 'Priya Responder',
    });
    auditor = await createUser(t, [{ organisationId: icb.org.id, role: Role.AUDITOR }]);
    teamId = (await createTeam(t, participant.org.id, TeamFunction.EPRR, 'Participant EPRR team')).id;
    const ex = await recordExercise(t, organiser.author, {
      organisingOrganisationId: organiser.org.id,
      participantOrganisationIds: [participant.org.id],
    });
    exerciseId = (ex.data?.recordExercise as { id: string }).id;
    findingId = (
      await t.gql.ok<{ recordExerciseFinding: { id: string } }>(
        `mutation ($input: RecordExerciseFindingInput!) { recordExerciseFinding(input: $input) { id } }`,
        { input: { exerciseId, title: 'Loggist not briefed' } },
        { token: organiser.author.token },
      )
    ).recordExerciseFinding.id;
  });
  afterAll(() => t.close());
  beforeEach(() =>
    setClockAndSignIn(t, TEST_START, [
      icb.author,
      organiser.author,
      participant.author,
      outsider.author,
      participantResponder,
      auditor,
    ]),
  );

  const raise = (actions: Record<string, unknown>[]) =>
    t.gql.ok<{ raiseExerciseActions: { id: string; version: number }[] }>(
      `mutation ($input: RaiseExerciseActionsInput!) { raiseExerciseActions(input: $input) { id version } }`,
      { input: { findingId, actions } },
      { token: organiser.author.token },
    );
  const list = (who: TestUser, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<Answer>> =>
    t.gql.request<Answer>(ACTIONS, { id: exerciseId, first: 50, ...variables }, { token: who.token });
  const titles = async (who: TestUser, variables: Record<string, unknown> = {}) => {
    const res = await list(who, variables);
    expect(res.errors).toBeUndefined();
    // Raised together, two actions share their time: in id order, so compared as sets.
    return (res.data as Answer).exercise.actions.nodes.map((n) => n.title).sort();
  };

  it('shows every organisation’s actions to the organiser, participants, the ICB EPRR lead and auditors; NOT_FOUND to others', async () => {
    const [own, theirs] = (
      await raise([
        { organisationId: organiser.org.id, title: 'Brief loggists', function: 'EPRR', dueAt: '2026-12-01T17:00:00Z' },
        {
          organisationId: participant.org.id,
          title: 'Train a second loggist',
          function: 'EPRR',
          teamId,
          assigneeId: participantResponder.id,
          dueAt: '2027-02-01T17:00:00Z',
        },
      ])
    ).raiseExerciseActions;

    for (const who of [organiser.author, participant.author, participantResponder, icb.author, auditor])
      expect(await titles(who)).toEqual(['Brief loggists', 'Train a second loggist']);
    expect(errorCode(await list(outsider.author))).toBe('NOT_FOUND');

    const rows = (await list(participantResponder)).data?.exercise.actions.nodes as ActionView[];
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row(theirs.id)).toMatchObject({
      id: theirs.id,
      status: 'OPEN',
      overdue: false,
      assignedToMe: true,
      finding: { id: findingId, title: 'Loggist not briefed' },
      organisation: { id: participant.org.id, name: 'Action List Participating Trust' },
      team: { id: teamId, name: 'Participant EPRR team' },
      assignee: { name: 'Priya Responder' },
    });
    expect(row(own.id)).toMatchObject({ id: own.id, team: null, assignee: null, assignedToMe: false });

    // The list does not widen the assignment's own sight: its detail stays with its owner and the organiser.
    const detail = (who: TestUser) =>
      t.gql.request(
        `query ($id: ID!) { assignment(id: $id) { id description } }`,
        { id: own.id },
        { token: who.token },
      );
    expect(errorCode(await detail(icb.author))).toBe('NOT_FOUND');
    expect(errorCode(await detail(participantResponder))).toBe('NOT_FOUND');
    expect((await detail(organiser.author)).errors).toBeUndefined();
  });

  it('filters by organisation, status and overdue, and pages with cursors', async () => {
    await setClockAndSignIn(t, '2026-12-05T09:00:00Z', [icb.author, organiser.author, participant.author]);
    expect(await titles(icb.author, { filter: { overdue: true } })).toEqual(['Brief loggists']);
    expect(await titles(icb.author, { filter: { overdue: false } })).toEqual(['Train a second loggist']);
    expect(await titles(icb.author, { filter: { organisationId: participant.org.id } })).toEqual([
      'Train a second loggist',
    ]);
    // Another organisation's id filters like one that does not exist.
    expect(await titles(participant.author, { filter: { organisationId: outsider.org.id } })).toEqual([]);
    expect(await titles(participant.author, { filter: { organisationId: randomUUID() } })).toEqual([]);
    expect(await titles(icb.author, { filter: { status: 'OPEN', overdue: true } })).toEqual(['Brief loggists']);
    expect(await titles(icb.author, { filter: { status: 'DONE' } })).toEqual([]);
    const nodes = (await list(icb.author)).data?.exercise.actions.nodes ?? [];
    expect(nodes.find((n) => n.title === 'Brief loggists')).toMatchObject({ overdue: true });

    const first = (await list(icb.author, { first: 1 })).data as Answer;
    expect(first.exercise.actions.pageInfo.hasNextPage).toBe(true);
    const next = (await list(icb.author, { first: 1, after: first.exercise.actions.pageInfo.endCursor }))
      .data as Answer;
    expect([...first.exercise.actions.nodes, ...next.exercise.actions.nodes].map((n) => n.title).sort()).toEqual([
      'Brief loggists',
      'Train a second loggist',
    ]);
    expect(next.exercise.actions.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await list(icb.author, { after: 'not a cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for a page of 5 actions as of 50', async () => {
    for (let batch = 0; batch < 3; batch++)
      await raise(
        Array.from({ length: batch < 2 ? 20 : 10 }, (_, i) => ({
          organisationId: i % 2 ? participant.org.id : organiser.org.id,
          title: `Paged action ${batch}-${i}`,
          function: 'EPRR',
          ...(i % 2 ? { teamId, assigneeId: participantResponder.id } : {}),
        })),
      );
    const small = await list(icb.author, { first: 5 });
    const large = await list(icb.author, { first: 50 });
    expect(small.data?.exercise.actions.nodes).toHaveLength(5);
    expect(large.data?.exercise.actions.nodes).toHaveLength(50);
    expect(large.data?.exercise.actionTracker.total).toBe(52);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});
