import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createTeam, createUser, GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** The assignments fixture module: GraphQL operations, views of their answers and a world of organisations to assign across. */
export const ASSIGNMENT_FIELDS = `
  id title description function priority mandatory status statusReason dueAt overdue version
  createdAt acknowledgedAt startedAt closedAt
  source { kind id incidentId exerciseId activationId runbookStepId }
  organisation { id name } assigningOrganisation { id } team { id name } assignee { id name }
  evidence { text links } dependencies { id title status } history { action summary }
`;

export interface AssignmentView {
  id: string;
  title: string;
  function: string;
  priority: string;
  mandatory: boolean;
  status: string;
  statusReason: string | null;
  dueAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  version: number;
  source: {
    kind: string;
    id: string | null;
    incidentId: string | null;
    exerciseId: string | null;
    activationId: string | null;
    runbookStepId: string | null;
  };
  organisation: { id: string; name: string };
  assigningOrganisation: { id: string };
  team: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  evidence: { text: string; links: string[] }[];
  dependencies: { id: string; title: string; status: string }[];
  history: { action: string; summary: string }[];
}

const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${ASSIGNMENT_FIELDS} } }`;

export const OPS = {
  createAssignment: mutation('createAssignment', 'CreateAssignmentInput'),
  acknowledgeAssignment: mutation('acknowledgeAssignment', 'AssignmentNoteInput'),
  startAssignment: mutation('startAssignment', 'AssignmentNoteInput'),
  blockAssignment: mutation('blockAssignment', 'AssignmentReasonInput'),
  unblockAssignment: mutation('unblockAssignment', 'AssignmentNoteInput'),
  completeAssignment: mutation('completeAssignment', 'CompleteAssignmentInput'),
  cancelAssignment: mutation('cancelAssignment', 'AssignmentReasonInput'),
  waiveAssignment: mutation('waiveAssignment', 'AssignmentReasonInput'),
  reassignAssignment: mutation('reassignAssignment', 'ReassignAssignmentInput'),
  changeAssignmentDue: mutation('changeAssignmentDue', 'ChangeAssignmentDueInput'),
  addAssignmentEvidence: mutation('addAssignmentEvidence', 'AddAssignmentEvidenceInput'),
  setAssignmentDependencies: mutation('setAssignmentDependencies', 'SetAssignmentDependenciesInput'),
};

export type Ops = keyof typeof OPS;

export const ONE = `query ($id: ID!) { assignment(id: $id) { ${ASSIGNMENT_FIELDS} } }`;
export const LIST = `query ($filter: AssignmentFilter, $first: Int, $after: String, $orderBy: AssignmentOrder) {
  assignments(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    nodes { ${ASSIGNMENT_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const MINE = `query ($filter: AssignmentFilter, $first: Int, $after: String) {
  myAssignments(filter: $filter, first: $first, after: $after) { nodes { id title status overdue } pageInfo { hasNextPage endCursor } } }`;

export async function act(t: TestApp, op: Ops, input: Record<string, unknown>, who: TestUser): Promise<AssignmentView> {
  const data = await t.gql.ok<Record<string, AssignmentView>>(OPS[op], { input }, { token: who.token });
  return data[op];
}

export function attempt(
  t: TestApp,
  op: Ops,
  input: Record<string, unknown>,
  who: TestUser,
): Promise<GraphqlResponse<Record<string, AssignmentView>>> {
  return t.gql.request<Record<string, AssignmentView>>(OPS[op], { input }, { token: who.token });
}

export function read(t: TestApp, id: string, who: TestUser): Promise<GraphqlResponse<{ assignment: AssignmentView }>> {
  return t.gql.request<{ assignment: AssignmentView }>(ONE, { id }, { token: who.token });
}

export async function list(
  t: TestApp,
  who: TestUser,
  variables: Record<string, unknown> = {},
): Promise<AssignmentView[]> {
  return (
    await t.gql.ok<{ assignments: { nodes: AssignmentView[] } }>(
      LIST,
      { first: 100, ...variables },
      { token: who.token },
    )
  ).assignments.nodes;
}

export const errorCode = (res: GraphqlResponse<unknown>): string | undefined =>
  (res.errors?.[0]?.extensions as { code?: string } | undefined)?.code;

/**
 * An ICB (its EPRR lead and a viewer), a trust that owns assignments (an EPRR team with a
 * lead and a responder, a viewer and an org admin outside the team) and a third trust
 * (its EPRR lead), who must see nothing of the trust's assignments.
 */
export async function createAssignmentWorld(t: TestApp) {
  const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
  const trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const third = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const eprrTeam = await createTeam(t, trust.id, TeamFunction.EPRR);
  const igTeam = await createTeam(t, trust.id, TeamFunction.INFORMATION_GOVERNANCE);
  // One after another: logins share a throttle per client address.
  const icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
  const icbViewer = await createUser(t, [{ organisationId: icb.id, role: Role.VIEWER }]);
  const teamLead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD, teamId: eprrTeam.id }]);
  const responder = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER, teamId: eprrTeam.id }]);
  const igOfficer = await createUser(t, [{ organisationId: trust.id, role: Role.IG_OFFICER, teamId: igTeam.id }]);
  const viewer = await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]);
  const thirdLead = await createUser(t, [{ organisationId: third.id, role: Role.EPRR_LEAD }]);
  return { icb, trust, third, eprrTeam, igTeam, icbLead, icbViewer, teamLead, responder, igOfficer, viewer, thirdLead };
}

export type AssignmentWorld = Awaited<ReturnType<typeof createAssignmentWorld>>;

/** An assignment the ICB's EPRR lead gives the trust's EPRR team. */
export function assignToTrust(
  t: TestApp,
  w: AssignmentWorld,
  over: Record<string, unknown> = {},
  who: TestUser = w.icbLead,
): Promise<AssignmentView> {
  return act(
    t,
    'createAssignment',
    {
      organisationId: w.trust.id,
      teamId: w.eprrTeam.id,
      title: 'Test the business continuity plan for EPR downtime',
      function: 'EPRR',
      dueAt: '2026-12-05T17:00:00Z',
      ...over,
    },
    who,
  );
}

/** Audit actions of one assignment, oldest first. */
export async function auditOf(t: TestApp, id: string): Promise<{ action: string; incident_id: string | null }[]> {
  return t.dataSource.query(
    `SELECT action, incident_id FROM audit_event WHERE entity_type = 'assignment' AND entity_id = $1 ORDER BY id`,
    [id],
  );
}
