import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, GraphqlResponse, TestApp, TestOrg, TestUser } from '@muster/testing';

/**
 * The incidents fixture module: GraphQL operations, views of their answers and factories
 * for every suite that needs incidents. Incidents are made through the API, as people and
 * the SOC's SIEM would.
 */
export const INCIDENT_FIELDS = `
  id reference title description category type level scope status personalDataInvolved version
  reportedAt declaredAt containedAt recoveredAt stoodDownAt cancelledAt cancellationReason closedAt lastSitRepAt
  nextSitRepDueAt sitRepOverdue
  leadOrganisation { id name } affectedOrganisations { id name }
  commander { id displayName } roles { id role holder { id } organisation { id } startedAt endedAt }
  reportedBy { id } declaredBy { id }
  counts { sitReps decisions lessons methaneRevisions }
`;

export interface IncidentView {
  id: string;
  reference: string;
  title: string;
  category: string;
  type: string;
  level: number;
  scope: string;
  status: string;
  version: number;
  reportedAt: string;
  declaredAt: string | null;
  cancellationReason: string | null;
  closedAt: string | null;
  lastSitRepAt: string | null;
  nextSitRepDueAt: string | null;
  sitRepOverdue: boolean;
  leadOrganisation: { id: string; name: string };
  affectedOrganisations: { id: string; name: string }[];
  commander: { id: string; displayName: string } | null;
  roles: {
    id: string;
    role: string;
    holder: { id: string };
    organisation: { id: string } | null;
    startedAt: string;
    endedAt: string | null;
  }[];
  reportedBy: { id: string } | null;
  declaredBy: { id: string } | null;
  counts: { sitReps: number; decisions: number; lessons: number; methaneRevisions: number };
}

const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${INCIDENT_FIELDS} } }`;

export const OPS = {
  reportIncident: mutation('reportIncident', 'ReportIncidentInput'),
  standbyIncident: mutation('standbyIncident', 'TransitionIncidentInput'),
  declareIncident: mutation('declareIncident', 'DeclareIncidentInput'),
  containIncident: mutation('containIncident', 'TransitionIncidentInput'),
  recoverIncident: mutation('recoverIncident', 'TransitionIncidentInput'),
  standDownIncident: mutation('standDownIncident', 'TransitionIncidentInput'),
  cancelIncident: mutation('cancelIncident', 'CancelIncidentInput'),
  closeIncident: mutation('closeIncident', 'TransitionIncidentInput'),
  changeIncidentLevel: mutation('changeIncidentLevel', 'ChangeIncidentLevelInput'),
  assignIncidentRole: mutation('assignIncidentRole', 'AssignIncidentRoleInput'),
  addAffectedOrganisation: mutation('addAffectedOrganisation', 'AffectedOrganisationInput'),
  removeAffectedOrganisation: mutation('removeAffectedOrganisation', 'AffectedOrganisationInput'),
  incident: `query ($id: ID!) { incident(id: $id) { ${INCIDENT_FIELDS} } }`,
  incidentByReference: `query ($reference: String!) { incidentByReference(reference: $reference) { ${INCIDENT_FIELDS} } }`,
};

export type Ops = keyof typeof OPS;

export const METHANE = {
  majorIncidentDeclared: true,
  exactLocation: 'Main hospital site; EPR and PACS data centre',
  typeOfIncident: 'Ransomware encrypting clinical systems',
  hazards: 'Spread to connected trusts; loss of results reporting',
  access: 'Remote access disabled; on-site only via the IT hub',
  numberOfCasualties: 'No patient harm known; EPR, PACS and pathology results unavailable',
  emergencyServices: 'CSOC engaged, NCSC informed, police cyber unit notified',
};

export type Who = TestUser | { apiKey: string };

const credentials = (who: Who) => ('apiKey' in who ? { apiKey: who.apiKey } : { token: who.token });

export async function act(t: TestApp, op: Ops, input: Record<string, unknown>, who: Who): Promise<IncidentView> {
  const data = await t.gql.ok<Record<string, IncidentView>>(OPS[op], { input }, credentials(who));
  return data[op];
}

export function attempt(
  t: TestApp,
  op: Ops,
  input: Record<string, unknown>,
  who: Who,
): Promise<GraphqlResponse<Record<string, IncidentView>>> {
  return t.gql.request<Record<string, IncidentView>>(OPS[op], { input }, credentials(who));
}

export async function getIncident(t: TestApp, id: string, who: Who): Promise<IncidentView> {
  return (await t.gql.ok<{ incident: IncidentView }>(OPS.incident, { id }, credentials(who))).incident;
}

export function readIncident(t: TestApp, id: string, who: Who): Promise<GraphqlResponse<{ incident: IncidentView }>> {
  return t.gql.request<{ incident: IncidentView }>(OPS.incident, { id }, credentials(who));
}

export function report(
  t: TestApp,
  organisationId: string,
  who: Who,
  over: Record<string, unknown> = {},
): Promise<IncidentView> {
  return act(
    t,
    'reportIncident',
    { organisationId, title: 'EPR unavailable after suspected ransomware', category: 'RANSOMWARE', ...over },
    who,
  );
}

/** An ICB with a commander and an EPRR lead, and a trust with a commander, a responder, a viewer, an IG officer and an EPRR lead. */
export async function createIncidentWorld(t: TestApp) {
  const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
  const trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const as = (org: TestOrg, role: Role) => createUser(t, [{ organisationId: org.id, role }]);
  return {
    icb,
    trust,
    icbCommander: await as(icb, Role.INCIDENT_COMMANDER),
    icbEprrLead: await as(icb, Role.EPRR_LEAD),
    icbViewer: await as(icb, Role.VIEWER),
    commander: await as(trust, Role.INCIDENT_COMMANDER),
    secondCommander: await as(trust, Role.INCIDENT_COMMANDER),
    responder: await as(trust, Role.RESPONDER),
    viewer: await as(trust, Role.VIEWER),
    igOfficer: await as(trust, Role.IG_OFFICER),
    eprrLead: await as(trust, Role.EPRR_LEAD),
    orgAdmin: await as(trust, Role.ORG_ADMIN),
  };
}

export type IncidentWorld = Awaited<ReturnType<typeof createIncidentWorld>>;

/** A trust incident declared at level 1 by the trust's commander (who becomes its commander). */
export async function declaredIncident(
  t: TestApp,
  w: IncidentWorld,
  over: Record<string, unknown> = {},
): Promise<IncidentView> {
  const reported = await report(t, w.trust.id, w.responder, over);
  return act(t, 'declareIncident', { id: reported.id, version: reported.version }, w.commander);
}

/** Counts of audit events of an incident by action. */
export async function auditActions(t: TestApp, incidentId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.dataSource.query(
    `SELECT action FROM audit_event WHERE incident_id = $1 ORDER BY id`,
    [incidentId],
  );
  return rows.map((r) => r.action);
}
