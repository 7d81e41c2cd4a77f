import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, GraphqlResponse, TestApp, TestUser } from '@muster/testing';
import { act, createIncidentWorld, IncidentView, report } from '../incidents/incident-api';

/** The IG decision log's operations, views of their answers and the world its suites share. */
export const CONTENT_FIELDS = `dataCategories specialCategory childrenOrVulnerable approxDataSubjects approxRecords
  likelihood likelihoodLabel severity severityLabel suggestedReportable againstSuggestionReason rationale legalBasis
  consulted consultationNotes decidedBy { id displayName } supersedeReason`;
export const DECISION_FIELDS = `id threadId type outcome reviewAt decidedAt recordedAt supersedesDecisionId supersededByDecisionId current
  content { ${CONTENT_FIELDS} }`;
export const NOTIFICATION_RECORD_FIELDS = `id threadId recipient phase notifiedAt late content { externalReference details delayReason }`;
export const THREAD_FIELDS = `id incidentId incidentReference organisation { id name } detectedAt awarenessAt awarenessLondon
  deadlineAt deadlineLondon deadlineStatus openedAt contentVisible
  seniorManagement { dueAt dueLondon metAt late } processor { name dueAt metAt late }
  currentDecisions { ${DECISION_FIELDS} } decisions { ${DECISION_FIELDS} } notifications { ${NOTIFICATION_RECORD_FIELDS} }`;

export interface DecisionView {
  id: string;
  threadId: string;
  type: string;
  outcome: string;
  reviewAt: string | null;
  decidedAt: string;
  supersedesDecisionId: string | null;
  supersededByDecisionId: string | null;
  current: boolean;
  content: Record<string, unknown> | null;
}

export interface NotificationRecordView {
  id: string;
  recipient: string;
  phase: number;
  notifiedAt: string;
  late: boolean;
  content: { externalReference: string | null; details: string | null; delayReason: string | null } | null;
}

export interface ThreadView {
  id: string;
  incidentId: string;
  organisation: { id: string; name: string };
  awarenessAt: string;
  awarenessLondon: string;
  deadlineAt: string;
  deadlineLondon: string;
  deadlineStatus: string;
  contentVisible: boolean;
  seniorManagement: { dueAt: string; metAt: string | null; late: boolean };
  processor: { name: string; dueAt: string; metAt: string | null; late: boolean } | null;
  currentDecisions: DecisionView[];
  decisions: DecisionView[];
  notifications: NotificationRecordView[];
}

export const IG_OPS = {
  openIgThread: `mutation ($input: OpenIgThreadInput!) { openIgThread(input: $input) { ${THREAD_FIELDS} } }`,
  recordIgDecision: `mutation ($input: RecordIgDecisionInput!) { recordIgDecision(input: $input) { ${DECISION_FIELDS} } }`,
  supersedeIgDecision: `mutation ($input: SupersedeIgDecisionInput!) { supersedeIgDecision(input: $input) { ${DECISION_FIELDS} } }`,
  recordIgNotification: `mutation ($input: RecordIgNotificationInput!) { recordIgNotification(input: $input) { ${NOTIFICATION_RECORD_FIELDS} } }`,
  igThreads: `query ($incidentId: ID!) { igThreads(incidentId: $incidentId) { ${THREAD_FIELDS} } }`,
  igThread: `query ($id: ID!) { igThread(id: $id) { ${THREAD_FIELDS} } }`,
  igDecisionHistory: `query ($threadId: ID!) { igDecisionHistory(threadId: $threadId) { ${DECISION_FIELDS} } }`,
  igDeadlines: `query ($organisationId: ID, $first: Int, $after: String) {
    igDeadlines(organisationId: $organisationId, first: $first, after: $after) { nodes { ${THREAD_FIELDS} } pageInfo { hasNextPage endCursor } }
  }`,
};

export type IgOp = keyof typeof IG_OPS;

export function igRequest<T = Record<string, unknown>>(
  t: TestApp,
  op: IgOp,
  variables: Record<string, unknown>,
  who: TestUser,
): Promise<GraphqlResponse<T>> {
  const vars =
    op.startsWith('open') || op.startsWith('record') || op.startsWith('supersede') ? { input: variables } : variables;
  return t.gql.request<T>(IG_OPS[op], vars, { token: who.token });
}

export async function igOk<T>(t: TestApp, op: IgOp, variables: Record<string, unknown>, who: TestUser): Promise<T> {
  const res = await igRequest<Record<string, T>>(t, op, variables, who);
  if (res.errors?.length) throw new Error(`${op} failed: ${JSON.stringify(res.errors)}`);
  return (res.data as Record<string, T>)[op];
}

/** A decision's details; `over` replaces any of them. */
export function details(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    outcome: 'REPORTABLE',
    data: {
      categories: ['health records', 'contact details'],
      specialCategory: true,
      childrenOrVulnerable: false,
      approxDataSubjects: 1200,
      approxRecords: 4800,
    },
    likelihood: 4,
    severity: 3,
    rationale: 'SECRET-RATIONALE: exfiltration of pathology results confirmed by the SOC',
    legalBasis: 'UK GDPR Art. 33(1)',
    consulted: ['CALDICOTT_GUARDIAN', 'SIRO', 'DPO'],
    consultationNotes: 'SECRET-CONSULTATION: Caldicott Guardian agreed at 14:00',
    ...over,
  };
}

export const openThread = (
  t: TestApp,
  who: TestUser,
  incidentId: string,
  organisationId: string,
  awarenessAt: string,
  over: Record<string, unknown> = {},
) => igOk<ThreadView>(t, 'openIgThread', { incidentId, organisationId, awarenessAt, ...over }, who);

export const decide = (t: TestApp, who: TestUser, threadId: string, type: string, over: Record<string, unknown> = {}) =>
  igOk<DecisionView>(t, 'recordIgDecision', { threadId, type, decision: details(over) }, who);

export const getThread = (t: TestApp, who: TestUser, id: string) => igOk<ThreadView>(t, 'igThread', { id }, who);

/**
 * The IG world: an incident world (its trust the lead), a second trust affected with its own
 * IG officer, and an ICB IG officer. `incident` is reported with personal data involved and
 * the second trust affected.
 */
export async function createIgWorld(t: TestApp) {
  const w = await createIncidentWorld(t);
  const trust2 = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const igOfficer2 = await createUser(t, [{ organisationId: trust2.id, role: Role.IG_OFFICER }]);
  const responder2 = await createUser(t, [{ organisationId: trust2.id, role: Role.RESPONDER }]);
  const stranger = await createUser(t, [{ organisationId: (await createOrganisation(t)).id, role: Role.IG_OFFICER }]);
  const icbAuditor = await createUser(t, [{ organisationId: w.icb.id, role: Role.AUDITOR }]);
  return { ...w, trust2, igOfficer2, responder2, stranger, icbAuditor };
}

export type IgWorld = Awaited<ReturnType<typeof createIgWorld>>;

/** An incident of the world's trust with personal data involved and the second trust affected. */
export async function personalDataIncident(
  t: TestApp,
  w: IgWorld,
  title = 'Pathology results exfiltrated',
): Promise<IncidentView> {
  const reported = await report(t, w.trust.id, w.responder, {
    title,
    personalDataInvolved: true,
    category: 'DATA_BREACH',
  });
  return act(t, 'addAffectedOrganisation', { incidentId: reported.id, organisationId: w.trust2.id }, w.icbCommander);
}
