import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createTeam, createUser, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, draftWithSteps } from '../runbooks/runbook-api';
import { act as incidentAct, report as reportIncidentAs } from '../incidents/incident-api';
import { recordExercise } from '../exercises/exercise-api';
import { FrameworkImportService } from '@muster/assurance';
import { SystemPrincipal } from '@muster/identity';
import { smallEprr } from '../assurance/assurance-api';
import { nextReference } from '../posture/cyber-alert-api';

/** The kinds of record an id argument can name. */
export type IdKind =
  | 'organisation'
  | 'team'
  | 'user'
  | 'apiKey'
  | 'runbook'
  | 'adoptedRunbook'
  | 'runbookStep'
  | 'runbookVersion'
  | 'template'
  | 'notification'
  | 'incident'
  | 'incidentDecision'
  | 'timelineEntry'
  | 'exercise'
  | 'exerciseFinding'
  | 'assignment'
  | 'igThread'
  | 'igDecision'
  | 'assessment'
  | 'assessmentGap'
  | 'rota'
  | 'rotaOverride'
  | 'page'
  | 'cyberAlert'
  | 'cyberAlertResponse';

export interface KindIds {
  /** A record of the caller's own organisation (or, for templates, one everyone may use). */
  mine: string;
  /** Records of another organisation, each of which the caller must not be able to tell from a missing one. */
  theirs: string[];
}

export interface TwoOrganisations {
  ids: Record<IdKind, KindIds>;
  /** One person per role in the caller's organisation. */
  callers: Partial<Record<Role, TestUser>>;
  mineOrganisationId: string;
}

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id } }`;

/**
 * An ICB with an approved ICS template, and two trusts — "mine" (the callers') and
 * "theirs" — each with a team, people, an API key, a draft runbook with steps and an
 * approved one. Built through the API where the API builds them (runbooks, keys).
 */
export async function twoOrganisations(t: TestApp, callerRoles: Role[]): Promise<TwoOrganisations> {
  const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
  const icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
  const icbApprover = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
  const template = await approvedRunbook(t, icb.id, icbLead, icbApprover, { isTemplate: true });

  const framework = await t.app.get(FrameworkImportService).import(new SystemPrincipal(), JSON.stringify(smallEprr()));
  const mine = await organisationWithRecords(t, template.id, framework.id);
  const theirs = await organisationWithRecords(t, template.id, framework.id);
  // Their people: one active, one deactivated (reactivateUser's natural target).
  const theirDeactivated = await createUser(t, [{ organisationId: theirs.organisationId, role: Role.VIEWER }]);
  await t.gql.ok(DEACTIVATE, { id: theirDeactivated.id }, { token: theirs.admin.token });

  const alerts = await cyberAlertsOf(t, mine.organisationId, theirs.organisationId);

  const callers: Partial<Record<Role, TestUser>> = { [Role.EPRR_LEAD]: mine.lead, [Role.ORG_ADMIN]: mine.admin };
  // One after another: logins share a throttle per client address.
  // The commander of their incident: the commander role is theirs to take (assignIncidentRole).
  callers[Role.INCIDENT_COMMANDER] = mine.incident.commander;
  for (const role of callerRoles)
    callers[role] ??= await createUser(t, [{ organisationId: mine.organisationId, role }]);

  const ids: Record<IdKind, KindIds> = {
    organisation: { mine: mine.organisationId, theirs: [theirs.organisationId] },
    team: { mine: mine.teamId, theirs: [theirs.teamId] },
    user: { mine: mine.person.id, theirs: [theirs.person.id, theirDeactivated.id] },
    apiKey: { mine: mine.apiKeyId, theirs: [theirs.apiKeyId] },
    runbook: { mine: mine.draft.id, theirs: [theirs.draft.id, theirs.approved.id] },
    // An update from a template needs an adopted draft, for the probe to reach its other ids.
    adoptedRunbook: { mine: mine.adopted.id, theirs: [theirs.adopted.id, theirs.draft.id, theirs.approved.id] },
    runbookStep: { mine: mine.draft.steps[0].id, theirs: [theirs.draft.steps[0].id, theirs.approved.steps[0].id] },
    runbookVersion: { mine: mine.versionId, theirs: [theirs.versionId] },
    // Templates are the ICS's: any caller may adopt one. What must look missing is another
    // organisation's own runbook given as a template.
    template: { mine: template.id, theirs: [theirs.draft.id, theirs.approved.id] },
    // Inbox entries: one of a caller's colleagues (not the caller's own), and their people's.
    notification: { mine: mine.notificationIds[0], theirs: theirs.notificationIds },
    incident: { mine: mine.incident.id, theirs: [theirs.incident.id] },
    incidentDecision: { mine: mine.incident.decisionId, theirs: [theirs.incident.decisionId] },
    timelineEntry: { mine: mine.incident.entryId, theirs: [theirs.incident.entryId] },
    exercise: { mine: mine.exerciseId, theirs: [theirs.exerciseId] },
    exerciseFinding: { mine: mine.findingId, theirs: [theirs.findingId] },
    assignment: { mine: mine.assignmentId, theirs: [theirs.assignmentId] },
    igThread: { mine: mine.incident.igThreadId, theirs: [theirs.incident.igThreadId] },
    igDecision: { mine: mine.incident.igDecisionId, theirs: [theirs.incident.igDecisionId] },
    assessment: { mine: mine.assessment.id, theirs: [theirs.assessment.id] },
    assessmentGap: { mine: mine.assessment.gapId, theirs: [theirs.assessment.gapId] },
    rota: { mine: mine.oncall.rotaId, theirs: [theirs.oncall.rotaId] },
    rotaOverride: { mine: mine.oncall.overrideId, theirs: [theirs.oncall.overrideId] },
    page: { mine: mine.oncall.pageId, theirs: [theirs.oncall.pageId] },
    cyberAlert: { mine: alerts.mine.alertId, theirs: [alerts.theirs.alertId] },
    cyberAlertResponse: { mine: alerts.mine.responseId, theirs: [alerts.theirs.responseId] },
  };
  return { ids, callers, mineOrganisationId: mine.organisationId };
}

async function organisationWithRecords(t: TestApp, templateId: string, frameworkId: string) {
  const organisationId = (await createOrganisation(t)).id;
  const as = (role: Role) => createUser(t, [{ organisationId, role }]);
  const lead = await as(Role.EPRR_LEAD);
  const secondLead = await as(Role.EPRR_LEAD);
  const admin = await as(Role.ORG_ADMIN);
  const person = await as(Role.RESPONDER);
  const teamId = (await createTeam(t, organisationId, TeamFunction.EPRR)).id;
  const key = await t.gql.ok<{ createApiKey: { apiKey: { id: string } } }>(
    CREATE_KEY,
    { input: { organisationId, role: Role.RESPONDER, name: 'SIEM' } },
    { token: admin.token },
  );
  const draft = await draftWithSteps(t, organisationId, lead, 2);
  const approved = await approvedRunbook(t, organisationId, lead, secondLead);
  const versionId = (approved.currentVersion as { id: string }).id;
  const adopted = await act(t, 'adoptTemplate', { templateId, organisationId }, lead);
  // Ownership makes the draft submittable, so that a probe meets no refusal but the id's.
  await act(t, 'setRunbookOwner', { id: draft.id, userId: lead.id }, lead);
  // What the approval and the key raised: the approver's "to review", the author's "approved", the admin's "new key".
  const incident = await declaredIncidentWithRecords(t, organisationId);
  const exercise = await recordExercise(t, lead, {
    organisingOrganisationId: organisationId,
    heldAt: '2026-01-15T10:00:00Z',
  });
  const exerciseId = (exercise.data?.recordExercise as { id: string }).id;
  const finding = await t.gql.ok<{ recordExerciseFinding: { id: string } }>(
    `mutation ($input: RecordExerciseFindingInput!) { recordExerciseFinding(input: $input) { id } }`,
    { input: { exerciseId, title: 'A lesson identified' } },
    { token: lead.token },
  );
  // An assignment of the organisation's own, on its incident (so it is on its timeline too).
  const assigned = await t.gql.ok<{ createAssignment: { id: string } }>(
    `mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
    {
      input: {
        organisationId,
        title: 'Restore the EPR from backups',
        function: 'EPRR',
        source: { kind: 'MANUAL', incidentId: incident.id },
      },
    },
    { token: lead.token },
  );
  const assessment = await eprrAssessmentWithGap(t, organisationId, frameworkId, lead);
  const oncall = await onCallRecords(t, organisationId, lead, person);
  const notificationIds = (
    await t.dataSource.query<{ id: string }[]>(
      `SELECT i.id FROM notification_inbox i JOIN membership m ON m.user_id = i.user_id WHERE m.organisation_id = $1 ORDER BY i.id`,
      [organisationId],
    )
  ).map((r) => r.id);
  return {
    organisationId,
    lead,
    admin,
    person,
    teamId,
    apiKeyId: key.createApiKey.apiKey.id,
    draft,
    approved,
    versionId,
    adopted,
    notificationIds,
    incident,
    exerciseId,
    findingId: finding.recordExerciseFinding.id,
    assignmentId: assigned.createAssignment.id,
    assessment,
    oncall,
  };
}

/** A tactical on-call rota of the organisation with a layer and an override, and a page of it. */
async function onCallRecords(t: TestApp, organisationId: string, lead: TestUser, person: TestUser) {
  const rota = await t.gql.ok<{ createRota: { id: string; version: number } }>(
    `mutation ($input: CreateRotaInput!) { createRota(input: $input) { id version } }`,
    { input: { organisationId, duty: 'TACTICAL', name: 'Silver on-call' } },
    { token: lead.token },
  );
  const rotaId = rota.createRota.id;
  await t.gql.ok(
    `mutation ($input: SetRotaLayerInput!) { setRotaLayer(input: $input) { id } }`,
    {
      input: {
        rotaId,
        version: rota.createRota.version,
        rank: 1,
        name: 'Weekly',
        participantIds: [person.id],
        shiftDays: 7,
        handoverWeekday: 'MONDAY',
        handoverTime: '09:00',
        startsOn: '2026-01-05',
      },
    },
    { token: lead.token },
  );
  const covered = await t.gql.ok<{ addRotaOverride: { overrides: { id: string }[] } }>(
    `mutation ($input: AddRotaOverrideInput!) { addRotaOverride(input: $input) { overrides { id } } }`,
    {
      input: {
        rotaId,
        userId: lead.id,
        agreedByUserId: person.id,
        startsAt: '2026-12-01T18:00:00Z',
        endsAt: '2026-12-02T09:00:00Z',
        reason: 'Cover',
      },
    },
    { token: lead.token },
  );
  const paged = await t.gql.ok<{ pageOnCall: { id: string } }>(
    `mutation ($input: PageOnCallInput!) { pageOnCall(input: $input) { id } }`,
    { input: { organisationId, duty: 'TACTICAL', message: 'Security fixture page' } },
    { token: lead.token },
  );
  return { rotaId, overrideId: covered.addRotaOverride.overrides[0].id, pageId: paged.pageOnCall.id };
}

/** A DRAFT EPRR assessment of the organisation with one gap (its first standard, non-compliant). */
async function eprrAssessmentWithGap(t: TestApp, organisationId: string, frameworkId: string, lead: TestUser) {
  const started = await t.gql.ok<{ startAssessment: { id: string; ratings: { id: string; requirementId: string }[] } }>(
    `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id ratings { id requirementId } } }`,
    { input: { organisationId, frameworkId, period: '2025-26' } },
    { token: lead.token },
  );
  const [gap] = started.startAssessment.ratings;
  await t.gql.ok(
    `mutation ($input: RateRequirementInput!) { rateAssessmentRequirement(input: $input) { id } }`,
    {
      input: {
        assessmentId: started.startAssessment.id,
        requirementId: gap.requirementId,
        rating: 'NON_COMPLIANT',
        improvement: 'Appoint an Accountable Emergency Officer',
        targetDate: '2026-03-31',
      },
    },
    { token: lead.token },
  );
  return { id: started.startAssessment.id, gapId: gap.id };
}

const RECORD_ALERT = `mutation ($input: RecordCyberAlertInput!) { recordCyberAlert(input: $input) { id responses { id } } }`;

/** The ICS SOC records an NHS cyber alert for "mine" only and another for "theirs" only. */
async function cyberAlertsOf(t: TestApp, mineId: string, theirsId: string) {
  const soc = await createOrganisation(t, { kind: OrganisationKind.SOC });
  const analyst = await createUser(t, [{ organisationId: soc.id, role: Role.RESPONDER }]);
  const record = async (organisationId: string) => {
    const { recordCyberAlert: alert } = await t.gql.ok<{
      recordCyberAlert: { id: string; responses: { id: string }[] };
    }>(
      RECORD_ALERT,
      {
        input: {
          reference: nextReference(),
          title: 'Critical vulnerability in a VPN appliance',
          severity: 'HIGH',
          issuedAt: t.clock.now().toISOString(),
          organisationIds: [organisationId],
        },
      },
      { token: analyst.token },
    );
    return { alertId: alert.id, responseId: alert.responses[0].id };
  };
  return { mine: await record(mineId), theirs: await record(theirsId) };
}

const DECIDE = `mutation ($input: RecordCommandDecisionInput!) { recordCommandDecision(input: $input) { id } }`;
const LOG = `mutation ($input: AddTimelineEntryInput!) { addTimelineEntry(input: $input) { entryId } }`;
const OPEN_IG = `mutation ($input: OpenIgThreadInput!) { openIgThread(input: $input) { id } }`;
const DECIDE_IG = `mutation ($input: RecordIgDecisionInput!) { recordIgDecision(input: $input) { id } }`;

/** A declared incident of the organisation, with a decision, a manual timeline entry and an IG thread with a decision (their ids are probed). */
async function declaredIncidentWithRecords(t: TestApp, organisationId: string) {
  const commander = await createUser(t, [{ organisationId, role: Role.INCIDENT_COMMANDER }]);
  const reported = await reportIncidentAs(t, organisationId, commander);
  const incident = await incidentAct(t, 'declareIncident', { id: reported.id, version: reported.version }, commander);
  const decision = await t.gql.ok<{ recordCommandDecision: { id: string } }>(
    DECIDE,
    {
      input: {
        incidentId: incident.id,
        information: 'i',
        riskAssessment: 'r',
        powersAndPolicy: 'p',
        optionsConsidered: 'o',
        decision: 'd',
        rationale: 'r',
      },
    },
    { token: commander.token },
  );
  const entry = await t.gql.ok<{ addTimelineEntry: { entryId: string } }>(
    LOG,
    { input: { incidentId: incident.id, text: 'Log entry' } },
    { token: commander.token },
  );
  const igOfficer = await createUser(t, [{ organisationId, role: Role.IG_OFFICER }]);
  const thread = await t.gql.ok<{ openIgThread: { id: string } }>(
    OPEN_IG,
    { input: { incidentId: incident.id, organisationId, awarenessAt: '2026-11-28T08:00:00Z' } },
    { token: igOfficer.token },
  );
  const igDecision = await t.gql.ok<{ recordIgDecision: { id: string } }>(
    DECIDE_IG,
    {
      input: {
        threadId: thread.openIgThread.id,
        type: 'DATA_SUBJECTS_ART34',
        decision: {
          outcome: 'NOT_REPORTABLE',
          data: {
            categories: ['contact details'],
            specialCategory: false,
            childrenOrVulnerable: false,
            approxDataSubjects: 1,
            approxRecords: 1,
          },
          likelihood: 1,
          severity: 1,
          rationale: 'No personal data left the organisation',
          legalBasis: 'UK GDPR Art. 34(1)',
          consulted: ['DPO'],
        },
      },
    },
    { token: igOfficer.token },
  );
  return {
    id: incident.id,
    igThreadId: thread.openIgThread.id,
    igDecisionId: igDecision.recordIgDecision.id,
    commander,
    decisionId: decision.recordCommandDecision.id,
    entryId: entry.addTimelineEntry.entryId,
  };
}
