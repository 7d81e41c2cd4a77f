import { DataSource } from 'typeorm';

/** The directory's GraphQL operations, as a client sends them (shared by the directory suites). */
export const Q = {
  me: `query { me { kind label user { id email } grants { role organisation { id } team { id } } } }`,
  organisations: `query($first: Int, $after: String) {
    organisations(first: $first, after: $after) { nodes { id odsCode name } pageInfo { hasNextPage endCursor } } }`,
  organisation: `query($id: ID!) { organisation(id: $id) { id odsCode name kind version } }`,
  teams: `query($organisationId: ID!, $first: Int, $after: String) {
    teams(organisationId: $organisationId, first: $first, after: $after) { nodes { id name function } pageInfo { hasNextPage endCursor } } }`,
  users: `query($organisationId: ID!, $first: Int, $after: String) {
    users(organisationId: $organisationId, first: $first, after: $after) { nodes { id email displayName active } pageInfo { hasNextPage endCursor } } }`,
  createOrganisation: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id odsCode name kind version } }`,
  updateOrganisation: `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id odsCode name version } }`,
  createTeam: `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id organisationId name function version } }`,
  updateTeam: `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id name version } }`,
  createUser: `mutation($input: CreateUserInput!) {
    createUser(input: $input) { id email displayName active memberships { role organisation { id } team { id } } } }`,
  grantRole: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id role grantedAt organisation { id } team { id } } }`,
  revokeRole: `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) }`,
  deactivateUser: `mutation($id: ID!) { deactivateUser(id: $id) { id active } }`,
  reactivateUser: `mutation($id: ID!) { reactivateUser(id: $id) { id active } }`,
};

export interface TableCounts {
  organisation: number;
  team: number;
  app_user: number;
  membership: number;
  audit_event: number;
}

/** Row counts of the directory tables and the audit trail: "nothing changed" means these are equal. */
export async function tableCounts(db: DataSource): Promise<TableCounts> {
  const [row] = await db.query<TableCounts[]>(`SELECT
    (SELECT count(*) FROM organisation)::int AS organisation,
    (SELECT count(*) FROM team)::int AS team,
    (SELECT count(*) FROM app_user)::int AS app_user,
    (SELECT count(*) FROM membership)::int AS membership,
    (SELECT count(*) FROM audit_event)::int AS audit_event`);
  return row;
}

/** A fresh ODS code that matches the rule and collides with nothing. */
export const odsCode = () => `Z${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
export const email = (label = 'person') => `${label}-${Math.random().toString(36).slice(2, 10)}@example.nhs.uk`;
