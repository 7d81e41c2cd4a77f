import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, GraphqlResponse, TestApp, TestOrg, TestUser } from '@muster/testing';

export const PERSON = 'userId displayName';
export const ROTA_FIELDS = `id organisationId duty deputy name version
  layers { id rank name participants { ${PERSON} } shiftDays handoverWeekday handoverTime startsOn coversWeekdays coversFrom coversTo }
  overrides { id person { ${PERSON} } startsAt endsAt agreedBy { ${PERSON} } reason }
  onCallNow { ${PERSON} }`;
export const PAGE_FIELDS = `id organisationId organisationName duty incidentId incidentReference trigger message raisedBy { ${PERSON} }
  raisedAt status level pagedPerson { ${PERSON} } acknowledgedAt acknowledgedBy { ${PERSON} } secondsToAcknowledge
  notices { step level person { ${PERSON} } notifiedAt }`;

export const ONCALL_OPS = {
  rotas: `query ($organisationId: ID!) { rotas(organisationId: $organisationId) { ${ROTA_FIELDS} } }`,
  onCallNow: `query ($organisationId: ID!, $duty: OnCallDuty!, $at: DateTime) {
    onCallNow(organisationId: $organisationId, duty: $duty, at: $at) { organisationId duty at rotaId person { ${PERSON} } source deputy { ${PERSON} } }
  }`,
  createRota: `mutation ($input: CreateRotaInput!) { createRota(input: $input) { ${ROTA_FIELDS} } }`,
  renameRota: `mutation ($input: RenameRotaInput!) { renameRota(input: $input) { ${ROTA_FIELDS} } }`,
  setRotaLayer: `mutation ($input: SetRotaLayerInput!) { setRotaLayer(input: $input) { ${ROTA_FIELDS} } }`,
  removeRotaLayer: `mutation ($input: RemoveRotaLayerInput!) { removeRotaLayer(input: $input) { ${ROTA_FIELDS} } }`,
  addRotaOverride: `mutation ($input: AddRotaOverrideInput!) { addRotaOverride(input: $input) { ${ROTA_FIELDS} } }`,
  cancelRotaOverride: `mutation ($input: CancelRotaOverrideInput!) { cancelRotaOverride(input: $input) { ${ROTA_FIELDS} } }`,
  escalationPolicies: `query ($organisationId: ID!) { escalationPolicies(organisationId: $organisationId) { id organisationId duty repeats version levels { level target designation ackTimeoutMinutes } } }`,
  setEscalationPolicy: `mutation ($input: SetEscalationPolicyInput!) { setEscalationPolicy(input: $input) { id organisationId duty repeats version levels { level target designation ackTimeoutMinutes } } }`,
  pageOnCall: `mutation ($input: PageOnCallInput!) { pageOnCall(input: $input) { ${PAGE_FIELDS} } }`,
  acknowledgePage: `mutation ($input: AcknowledgePageInput!) { acknowledgePage(input: $input) { ${PAGE_FIELDS} } }`,
  pages: `query ($organisationId: ID, $incidentId: ID, $status: PageStatus, $first: Int, $after: String) {
    pages(organisationId: $organisationId, incidentId: $incidentId, status: $status, first: $first, after: $after) {
      nodes { ${PAGE_FIELDS} } pageInfo { hasNextPage endCursor }
    }
  }`,
};

export type OnCallOp = keyof typeof ONCALL_OPS;

export interface PersonView {
  userId: string;
  displayName: string;
}

export interface RotaView {
  id: string;
  organisationId: string;
  duty: string;
  deputy: boolean;
  name: string;
  version: number;
  layers: Array<{
    id: string;
    rank: number;
    handoverWeekday: string;
    handoverTime: string;
    startsOn: string;
    participants: PersonView[];
  }>;
  overrides: Array<{
    id: string;
    person: PersonView;
    startsAt: string;
    endsAt: string;
    agreedBy: PersonView;
    reason: string;
  }>;
  onCallNow: PersonView | null;
}

export interface OnCallView {
  rotaId: string | null;
  person: PersonView | null;
  source: string;
  deputy: PersonView | null;
}

export interface PageView {
  id: string;
  organisationId: string;
  incidentId: string | null;
  trigger: string;
  message: string;
  status: string;
  level: number;
  pagedPerson: PersonView | null;
  acknowledgedAt: string | null;
  acknowledgedBy: PersonView | null;
  secondsToAcknowledge: number | null;
  notices: Array<{ step: number; level: number; person: PersonView | null; notifiedAt: string }>;
}

const MUTATIONS = new Set<OnCallOp>([
  'createRota',
  'renameRota',
  'setRotaLayer',
  'removeRotaLayer',
  'addRotaOverride',
  'cancelRotaOverride',
  'setEscalationPolicy',
  'pageOnCall',
  'acknowledgePage',
]);

export function oncallRequest<T = Record<string, unknown>>(
  t: TestApp,
  op: OnCallOp,
  variables: Record<string, unknown>,
  who: TestUser,
): Promise<GraphqlResponse<T>> {
  return t.gql.request<T>(ONCALL_OPS[op], MUTATIONS.has(op) ? { input: variables } : variables, { token: who.token });
}

export async function oncallOk<T>(
  t: TestApp,
  op: OnCallOp,
  variables: Record<string, unknown>,
  who: TestUser,
): Promise<T> {
  const res = await oncallRequest<Record<string, T>>(t, op, variables, who);
  if (res.errors?.length || !res.data) throw new Error(`${op} failed: ${JSON.stringify(res.errors)}`);
  return res.data[op];
}

/** An ICB and a trust, with the people on-call suites need. */
export async function createOnCallWorld(t: TestApp) {
  const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
  const trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const other = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const as = (org: TestOrg, role: Role, displayName?: string) =>
    createUser(t, [{ organisationId: org.id, role }], displayName ? { displayName } : {});
  return {
    icb,
    trust,
    other,
    admin: await as(trust, Role.ORG_ADMIN),
    eprrLead: await as(trust, Role.EPRR_LEAD),
    commander: await as(trust, Role.INCIDENT_COMMANDER),
    alice: await as(trust, Role.RESPONDER, 'Alice Silver'),
    bob: await as(trust, Role.RESPONDER, 'Bob Silver'),
    carol: await as(trust, Role.RESPONDER, 'Carol Night'),
    dan: await as(trust, Role.RESPONDER, 'Dan Cover'),
    icbEprrLead: await as(icb, Role.EPRR_LEAD),
    icbCommander: await as(icb, Role.INCIDENT_COMMANDER, 'Gold Director'),
    icbViewer: await as(icb, Role.VIEWER),
    stranger: await as(other, Role.ORG_ADMIN),
  };
}

export type OnCallWorld = Awaited<ReturnType<typeof createOnCallWorld>>;

/** A weekly layer handing over on `weekday` at `time` London time, from `startsOn`. */
export function weekly(rotaId: string, version: number, participantIds: string[], over: Record<string, unknown> = {}) {
  return {
    rotaId,
    version,
    rank: 1,
    name: 'Weekly',
    participantIds,
    shiftDays: 7,
    handoverWeekday: 'MONDAY',
    handoverTime: '09:00',
    startsOn: '2026-03-16',
    ...over,
  };
}
