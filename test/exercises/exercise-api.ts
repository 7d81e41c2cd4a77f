import { GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** The exercises operations as a client sends them, and views of their answers. */

export const EXERCISE_FIELDS = `id type theme title scenario heldAt organisingOrganisationId organisingOrganisationName version
  participants { organisationId name odsCode }
  runbooks { runbookId title organisationId versionNumber }
  findings { id title detail organisationId }`;

export interface ExerciseView {
  id: string;
  type: string;
  theme: string;
  title: string;
  scenario: string;
  heldAt: string;
  organisingOrganisationId: string;
  organisingOrganisationName: string;
  version: number;
  participants: { organisationId: string; name: string; odsCode: string }[];
  runbooks: { runbookId: string; title: string; organisationId: string; versionNumber: number | null }[];
  findings: { id: string; title: string; detail: string; organisationId: string | null }[];
}

export const RECORD_EXERCISE = `mutation ($input: RecordExerciseInput!) { recordExercise(input: $input) { ${EXERCISE_FIELDS} } }`;
export const ADD_PARTICIPANTS = `mutation ($input: AddExerciseParticipantsInput!) { addExerciseParticipants(input: $input) { ${EXERCISE_FIELDS} } }`;
export const ADD_RUNBOOKS = `mutation ($input: AddExercisedRunbooksInput!) { addExercisedRunbooks(input: $input) { ${EXERCISE_FIELDS} } }`;
export const RECORD_FINDING = `mutation ($input: RecordExerciseFindingInput!) { recordExerciseFinding(input: $input) { id title detail organisationId } }`;
export const EXERCISE = `query ($id: ID!) { exercise(id: $id) { ${EXERCISE_FIELDS} } }`;
export const EXERCISES = `query ($first: Int, $after: String, $filter: ExerciseFilter) {
  exercises(first: $first, after: $after, filter: $filter) { nodes { ${EXERCISE_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;
export const COMPLIANCE = `query ($organisationId: ID!) {
  exerciseCompliance(organisationId: $organisationId) {
    organisationId organisationName evaluatedAt
    types { type words intervalMonths nextDueAt status last { kind id title at } }
  }
}`;

export interface ComplianceView {
  organisationId: string;
  organisationName: string;
  types: {
    type: string;
    words: string;
    intervalMonths: number;
    nextDueAt: string | null;
    status: 'IN_DATE' | 'OVERDUE';
    last: { kind: string; id: string; title: string; at: string } | null;
  }[];
}

export function recordExercise(
  t: TestApp,
  who: TestUser,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<{ recordExercise: ExerciseView }>> {
  return t.gql.request<{ recordExercise: ExerciseView }>(
    RECORD_EXERCISE,
    {
      input: {
        type: 'TABLE_TOP',
        theme: 'CYBER_AND_DIGITAL',
        title: 'ICS cyber crisis simulation',
        heldAt: '2026-11-20T09:30:00Z',
        ...input,
      },
    },
    { token: who.token },
  );
}

export async function complianceOf(t: TestApp, organisationId: string, who: TestUser): Promise<ComplianceView> {
  return (await t.gql.ok<{ exerciseCompliance: ComplianceView }>(COMPLIANCE, { organisationId }, { token: who.token }))
    .exerciseCompliance;
}
