import { randomInt } from 'node:crypto';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { Role } from '@muster/platform-access';
import {
  createOrganisation,
  createTeam,
  createUser,
  GraphqlResponse,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';

/** The NHS cyber alert operations as a client sends them, and a small ICS to send them in. */

export const RESPONSE_FIELDS = `id alertId organisationId organisationName state receivedAt acknowledgeBy acknowledgedAt
  acknowledgedById acknowledgedInTime applicable applicabilityWords firstUpdateDueAt firstUpdateAt updateCount closedAt
  closingWords overdue overdueAssignmentId version updates { id words recordedById recordedAt }`;

export const ALERT_FIELDS = `id reference title severity summary issuedAt recordedByOrganisationId recordedByOrganisationName
  responses { ${RESPONSE_FIELDS} }`;

export interface ResponseView {
  id: string;
  alertId: string;
  organisationId: string;
  organisationName: string;
  state: string;
  acknowledgeBy: string | null;
  acknowledgedAt: string | null;
  acknowledgedInTime: boolean | null;
  applicable: boolean | null;
  firstUpdateDueAt: string;
  firstUpdateAt: string | null;
  updateCount: number;
  closedAt: string | null;
  overdue: boolean;
  overdueAssignmentId: string | null;
  version: number;
  updates: { id: string; words: string }[];
}

export interface AlertView {
  id: string;
  reference: string;
  title: string;
  severity: string;
  issuedAt: string;
  recordedByOrganisationId: string;
  responses: ResponseView[];
}

export const RECORD = `mutation ($input: RecordCyberAlertInput!) { recordCyberAlert(input: $input) { ${ALERT_FIELDS} } }`;
export const ALERT = `query ($id: ID!) { cyberAlert(id: $id) { ${ALERT_FIELDS} } }`;
export const ALERTS = `query ($first: Int, $after: String, $filter: CyberAlertFilter) {
  cyberAlerts(first: $first, after: $after, filter: $filter) { nodes { ${ALERT_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;

export type ResponseMutation =
  'acknowledgeCyberAlert' | 'stateCyberAlertApplicability' | 'addCyberAlertUpdate' | 'closeCyberAlertResponse';

const INPUT_TYPE: Record<ResponseMutation, string> = {
  acknowledgeCyberAlert: 'AcknowledgeCyberAlertInput',
  stateCyberAlertApplicability: 'StateCyberAlertApplicabilityInput',
  addCyberAlertUpdate: 'CyberAlertWordsInput',
  closeCyberAlertResponse: 'CyberAlertWordsInput',
};

let next = randomInt(100_000, 900_000);
/** A reference no other test of the worker's database used (six digits from a random start). */
export const nextReference = () => `CC-${next++}`;

export function recordAlert(
  t: TestApp,
  who: TestUser,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<{ recordCyberAlert: AlertView }>> {
  return t.gql.request(
    RECORD,
    {
      input: {
        reference: nextReference(),
        title: 'Critical vulnerability in a remote access gateway',
        severity: 'HIGH',
        issuedAt: t.clock.now().toISOString(),
        ...input,
      },
    },
    { token: who.token },
  );
}

export async function recordOk(t: TestApp, who: TestUser, input: Record<string, unknown>): Promise<AlertView> {
  const res = await recordAlert(t, who, input);
  if (!res.data?.recordCyberAlert) throw new Error(JSON.stringify(res.errors));
  return res.data.recordCyberAlert;
}

export function respond(
  t: TestApp,
  mutation: ResponseMutation,
  who: TestUser,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<Record<ResponseMutation, ResponseView>>> {
  return t.gql.request(
    `mutation ($input: ${INPUT_TYPE[mutation]}!) { ${mutation}(input: $input) { ${RESPONSE_FIELDS} } }`,
    { input },
    { token: who.token },
  );
}

export async function respondOk(
  t: TestApp,
  mutation: ResponseMutation,
  who: TestUser,
  input: Record<string, unknown>,
): Promise<ResponseView> {
  const res = await respond(t, mutation, who, input);
  if (!res.data?.[mutation]) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
  return res.data[mutation];
}

export interface AlertWorld {
  soc: TestOrg;
  socResponder: TestUser;
  trust: TestOrg;
  trustCyberTeamId: string;
  /** A responder of the trust's Cyber/SOC team. */
  trustResponder: TestUser;
  /** A responder of the trust in no Cyber/Digital team. */
  trustWardResponder: TestUser;
  trustAdmin: TestUser;
  trustViewer: TestUser;
  council: TestOrg;
  councilDigitalTeamId: string;
  councilLead: TestUser;
  councilDigital: TestUser;
  icbLead: TestUser;
  stranger: TestUser;
}

export async function alertWorld(t: TestApp): Promise<AlertWorld> {
  const soc = await createOrganisation(t, { kind: OrganisationKind.SOC, name: 'ICS Cyber SOC' });
  const trust = await createOrganisation(t, { name: `Riverside Hospitals ${Math.random().toString(36).slice(2, 6)}` });
  const council = await createOrganisation(t, { kind: OrganisationKind.LOCAL_AUTHORITY });
  const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
  const elsewhere = await createOrganisation(t);
  const trustCyberTeamId = (await createTeam(t, trust.id, TeamFunction.CYBER_SOC)).id;
  const wardTeam = (await createTeam(t, trust.id, TeamFunction.CLINICAL)).id;
  const councilDigitalTeamId = (await createTeam(t, council.id, TeamFunction.DIGITAL)).id;
  return {
    soc,
    socResponder: await createUser(t, [{ organisationId: soc.id, role: Role.RESPONDER }]),
    trust,
    trustCyberTeamId,
    trustResponder: await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER, teamId: trustCyberTeamId }]),
    trustWardResponder: await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER, teamId: wardTeam }]),
    trustAdmin: await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }]),
    trustViewer: await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]),
    council,
    councilDigitalTeamId,
    councilLead: await createUser(t, [{ organisationId: council.id, role: Role.EPRR_LEAD }]),
    councilDigital: await createUser(t, [
      { organisationId: council.id, role: Role.RESPONDER, teamId: councilDigitalTeamId },
    ]),
    icbLead: await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]),
    stranger: await createUser(t, [{ organisationId: elsewhere.id, role: Role.ORG_ADMIN }]),
  };
}

export const responseOf = (alert: AlertView, organisationId: string): ResponseView => {
  const r = alert.responses.find((x) => x.organisationId === organisationId);
  if (!r) throw new Error(`no response of ${organisationId}`);
  return r;
};
