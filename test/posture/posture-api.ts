import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, TestApp, TestOrg } from '@muster/testing';

export const REPORT = `mutation($input: ReportPostureInput!) {
  reportPosture(input: $input) { day recorded superseded unchanged breachesRaised patchTargetDays }
}`;

export const SERIES = `query($organisationId: ID!, $from: String!, $to: String!) {
  posture(organisationId: $organisationId, from: $from, to: $to) {
    organisationId day assetsInScope criticalOpen highOpen mediumOpen lowOpen criticalPastTarget highPastTarget
    patchCompliancePercent revision breached breachAssignmentId
  }
}`;

export const LEAGUE = `query($day: String!) {
  postureLeagueTable(day: $day) { rank organisationId organisationName posture { day criticalPastTarget patchCompliancePercent } }
}`;

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

export interface PostureIngestionResult {
  day: string;
  recorded: number;
  superseded: number;
  unchanged: number;
  breachesRaised: number;
  patchTargetDays: number;
}

export interface PostureDayResult {
  organisationId: string;
  day: string;
  criticalOpen: number;
  criticalPastTarget: number;
  patchCompliancePercent: number;
  revision: number;
  breached: boolean;
  breachAssignmentId: string | null;
}

/** An API key of `organisation`, created by its org admin through the real mutation. */
export async function apiKeyOf(t: TestApp, organisation: TestOrg, role = Role.RESPONDER): Promise<string> {
  const admin = await createUser(t, [{ organisationId: organisation.id, role: Role.ORG_ADMIN }]);
  const res = await t.gql.ok<{ createApiKey: { secret: string } }>(
    CREATE_KEY,
    { input: { organisationId: organisation.id, role, name: `SOC SIEM ${Math.random().toString(36).slice(2, 8)}` } },
    { token: admin.token },
  );
  return res.createApiKey.secret;
}

/** The ICS SOC and its reporting key. */
export async function socWithKey(t: TestApp): Promise<{ soc: TestOrg; key: string }> {
  const soc = await createOrganisation(t, { kind: OrganisationKind.SOC });
  return { soc, key: await apiKeyOf(t, soc) };
}

/** A day's values; override what the test is about. */
export function posture(organisationId: string, overrides: Partial<Record<string, number>> = {}) {
  return {
    organisationId,
    assetsInScope: 1200,
    criticalOpen: 2,
    highOpen: 15,
    mediumOpen: 80,
    lowOpen: 200,
    criticalPastTarget: 0,
    highPastTarget: 3,
    patchCompliancePercent: 91.5,
    ...overrides,
  };
}

export function reportPosture(t: TestApp, key: string, day: string, reports: ReturnType<typeof posture>[]) {
  return t.gql.request<{ reportPosture: PostureIngestionResult }>(REPORT, { input: { day, reports } }, { apiKey: key });
}
