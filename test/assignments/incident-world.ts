import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createTeam, createUser, TestApp, TestUser } from '@muster/testing';
import { act as incidentAct, report } from '../incidents/incident-api';
import { approvedRunbook, organisationWithLeads, step, StepInput } from '../runbooks/runbook-api';

export const ACTIVATE = `mutation ($input: ActivateRunbookInput!) {
  activateRunbook(input: $input) { id incidentId runbookId runbookVersionId versionNumber organisationId activatedAt assignmentIds } }`;
export const SUGGESTED = `query ($incidentId: ID!) { suggestedRunbooks(incidentId: $incidentId) {
  organisations { organisationId organisationName runbooks { id title versionNumber } } organisationsWithNone } }`;

export interface ActivationView {
  id: string;
  runbookVersionId: string;
  versionNumber: number;
  organisationId: string;
  assignmentIds: string[];
}

/**
 * An incident's world: the ICB (a commander), the lead trust (two EPRR leads for four-eyes
 * approval, its commander, an EPRR team with a responder, an IG team with a SIRO, a
 * digital team), a partner trust affected by the incident (EPRR and digital teams, a lead
 * in each) and a third trust that is not on the incident.
 */
export async function createIncidentAssignmentWorld(t: TestApp) {
  const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
  const icbCommander = await createUser(t, [{ organisationId: icb.id, role: Role.INCIDENT_COMMANDER }]);
  const { org: trust, author, approver } = await organisationWithLeads(t);
  const eprr = await createTeam(t, trust.id, TeamFunction.EPRR, 'EPRR');
  const ig = await createTeam(t, trust.id, TeamFunction.INFORMATION_GOVERNANCE, 'Information governance');
  const digital = await createTeam(t, trust.id, TeamFunction.DIGITAL, 'Digital');
  const commander = await createUser(t, [{ organisationId: trust.id, role: Role.INCIDENT_COMMANDER }]);
  const responder = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER, teamId: eprr.id }]);
  const eprrLead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD, teamId: eprr.id }]);
  const siro = await createUser(t, [{ organisationId: trust.id, role: Role.IG_OFFICER, teamId: ig.id }]);
  const digitalLead = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN, teamId: digital.id }]);
  const partner = await createOrganisation(t, { kind: OrganisationKind.COMMUNITY_TRUST });
  const partnerEprr = await createTeam(t, partner.id, TeamFunction.EPRR, 'EPRR');
  const partnerDigital = await createTeam(t, partner.id, TeamFunction.DIGITAL, 'Digital');
  const partnerLead = await createUser(t, [
    { organisationId: partner.id, role: Role.EPRR_LEAD, teamId: partnerEprr.id },
  ]);
  const third = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST });
  const thirdLead = await createUser(t, [{ organisationId: third.id, role: Role.EPRR_LEAD }]);
  await t.gql.ok(
    `mutation ($input: DesignationInput!) { designate(input: $input) { designation } }`,
    { input: { organisationId: trust.id, designation: 'SIRO', userId: siro.id } },
    { token: author.token },
  );
  return {
    icb,
    icbCommander,
    trust,
    author,
    approver,
    teams: { eprr, ig, digital },
    commander,
    responder,
    eprrLead,
    siro,
    digitalLead,
    partner,
    partnerTeams: { eprr: partnerEprr, digital: partnerDigital },
    partnerLead,
    third,
    thirdLead,
  };
}

export type IncidentAssignmentWorld = Awaited<ReturnType<typeof createIncidentAssignmentWorld>>;

/** A ransomware incident of the trust, declared by its commander, the partner affected. */
export async function declaredWithPartner(
  t: TestApp,
  w: IncidentAssignmentWorld,
  title = 'EPR encrypted by ransomware',
) {
  const reported = await report(t, w.trust.id, w.responder, { title, category: 'RANSOMWARE' });
  const declared = await incidentAct(t, 'declareIncident', { id: reported.id, version: reported.version }, w.commander);
  await incidentAct(
    t,
    'addAffectedOrganisation',
    { incidentId: declared.id, organisationId: w.partner.id },
    w.commander,
  );
  return declared;
}

/** An approved ransomware runbook of the trust with `steps` (default: three with a dependency chain). */
export async function approvedStepsRunbook(
  t: TestApp,
  w: IncidentAssignmentWorld,
  steps: StepInput[] | number = 3,
  extra: Record<string, unknown> = {},
) {
  return approvedRunbook(t, w.trust.id, w.author, w.approver, { categories: ['RANSOMWARE'], ...extra }, steps);
}

export function activate(
  t: TestApp,
  input: { incidentId: string; runbookId: string; organisationIds: string[] },
  who: TestUser,
) {
  return t.gql.request<{ activateRunbook: ActivationView[] }>(ACTIVATE, { input }, { token: who.token });
}

export { step };
