import { GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** The readiness queries as a client sends them, and views of their answers. */

export interface CriterionView {
  criterion: string;
  status: 'PASS' | 'FAIL' | 'UNKNOWN' | 'NOT_APPLICABLE';
  reason: string;
}

export interface RunbookReadinessView {
  runbookId: string;
  title: string;
  status: string;
  categories: string[];
  approvedVersionNumber: number | null;
  criteria: CriterionView[];
  score: number | null;
  gaps: string[];
}

export interface OrganisationReadinessView {
  organisation: { id: string; name: string; odsCode: string; kind: string };
  evaluatedAt: string;
  score: number | null;
  runbooks: RunbookReadinessView[];
  categories: { category: string; status: string; score: number | null; runbookIds: string[]; gaps: string[] }[];
  gaps: string[];
}

export interface SystemReadinessView {
  evaluatedAt: string;
  score: number | null;
  organisations: { id: string; name: string; score: number | null; gapCount: number }[];
  categories: { category: string; score: number | null; gapCount: number }[];
  cells: {
    organisationId: string;
    category: string;
    status: string;
    score: number | null;
    gapCount: number;
    runbookCount: number;
  }[];
}

export const READINESS = `query ($organisationId: ID!) {
  readiness(organisationId: $organisationId) {
    organisation { id name odsCode kind } evaluatedAt score gaps
    runbooks { runbookId title status categories approvedVersionNumber score gaps criteria { criterion status reason } }
    categories { category status score runbookIds gaps }
  }
}`;

export const SYSTEM_READINESS = `query ($category: IncidentCategory) {
  systemReadiness(category: $category) {
    evaluatedAt score
    organisations { id name score gapCount }
    categories { category score gapCount }
    cells { organisationId category status score gapCount runbookCount }
  }
}`;

export function requestReadiness(
  t: TestApp,
  organisationId: string,
  who: TestUser,
): Promise<GraphqlResponse<{ readiness: OrganisationReadinessView }>> {
  return t.gql.request(READINESS, { organisationId }, { token: who.token });
}

export async function readinessOf(
  t: TestApp,
  organisationId: string,
  who: TestUser,
): Promise<OrganisationReadinessView> {
  return (await t.gql.ok<{ readiness: OrganisationReadinessView }>(READINESS, { organisationId }, { token: who.token }))
    .readiness;
}

export function requestSystemReadiness(
  t: TestApp,
  who: TestUser,
  category?: string,
): Promise<GraphqlResponse<{ systemReadiness: SystemReadinessView }>> {
  return t.gql.request(SYSTEM_READINESS, { category }, { token: who.token });
}

/** One runbook of an organisation's readiness, by id. */
export async function runbookReadiness(
  t: TestApp,
  organisationId: string,
  runbookId: string,
  who: TestUser,
): Promise<RunbookReadinessView> {
  const readiness = await readinessOf(t, organisationId, who);
  const runbook = readiness.runbooks.find((r) => r.runbookId === runbookId);
  if (!runbook) throw new Error(`runbook ${runbookId} is not in the readiness of ${organisationId}`);
  return runbook;
}

export function criterionOf(runbook: RunbookReadinessView, criterion: string): CriterionView {
  const found = runbook.criteria.find((c) => c.criterion === criterion);
  if (!found) throw new Error(`no criterion ${criterion}`);
  return found;
}
