import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ALL_ROLES, Role, SYSTEM_WIDE_ROLES } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import { createTeam, errorCode, GraphqlResponse, startTestApp, TestApp, TestUser } from '@muster/testing';
import {
  ArgumentPath,
  argumentPaths,
  isIdType,
  operationDocument,
  operationVariables,
  Placeholder,
  plainPlaceholder,
} from './schema-operations';
import { IdKind, TwoOrganisations, twoOrganisations } from './two-organisations';
import { databaseDigest } from './database-digest';

/**
 * Which kind of record each id argument names, so the probe can give it a real id of
 * another organisation: `<root field>.<argument>` for an argument, `<input type>.<field>`
 * for a field of an input. A new id argument fails the suite until it is added here.
 */
const ID_KINDS: Record<string, IdKind | IdKind[]> = {
  'apiKeys.organisationId': 'organisation',
  'deactivateUser.id': 'user',
  'designations.organisationId': 'organisation',
  'markNotificationsRead.ids': 'notification',
  'notificationWebhooks.organisationId': 'organisation',
  'reactivateUser.id': 'user',
  'sendInvitation.userId': 'user',
  'posture.organisationId': 'organisation',
  'organisationMetrics.organisationId': 'organisation',
  'readiness.organisationId': 'organisation',
  'readinessOptIns.organisationId': 'organisation',
  'ReadinessOptInInput.organisationId': 'organisation',
  'revokeApiKey.id': 'apiKey',
  'runbook.id': 'runbook',
  'runbookOwnerCandidates.runbookId': 'runbook',
  'runbookVersion.id': 'runbookVersion',
  'templateUpdatePreview.runbookId': 'runbook',
  'teams.organisationId': 'organisation',
  'users.organisationId': 'organisation',
  'verifyAuditChain.organisationId': 'organisation',
  'AddRunbookStepInput.dependsOn': 'runbookStep',
  'AddRunbookStepInput.runbookId': 'runbook',
  'AdoptTemplateInput.organisationId': 'organisation',
  'AdoptTemplateInput.templateId': 'template',
  'AuditTrailFilter.actorId': ['user', 'apiKey'],
  'AuditTrailFilter.organisationId': 'organisation',
  'CreateApiKeyInput.organisationId': 'organisation',
  'CreateRunbookInput.organisationId': 'organisation',
  'CreateTeamInput.organisationId': 'organisation',
  'CreateUserInput.organisationId': 'organisation',
  'SetMobileNumberInput.userId': 'user',
  'CreateUserInput.teamId': 'team',
  'DesignationInput.organisationId': 'organisation',
  'DesignationInput.userId': 'user',
  'GrantRoleInput.organisationId': 'organisation',
  'GrantRoleInput.teamId': 'team',
  'GrantRoleInput.userId': 'user',
  'MarkRunbookReviewedInput.id': 'runbook',
  'NotificationWebhookTargetInput.organisationId': 'organisation',
  'NotificationWebhookTargetInput.teamId': 'team',
  'RemoveRunbookStepInput.stepId': 'runbookStep',
  'RetireRunbookInput.id': 'runbook',
  'ReorderRunbookStepsInput.runbookId': 'runbook',
  'ReorderRunbookStepsInput.stepIds': 'runbookStep',
  'ReturnRunbookToDraftInput.id': 'runbook',
  'RevokeRoleInput.organisationId': 'organisation',
  'RevokeRoleInput.userId': 'user',
  'RunbookFilter.organisationId': 'organisation',
  'RunbookRefInput.id': 'runbook',
  'SetRunbookOwnerInput.id': 'runbook',
  'SetNotificationWebhookInput.organisationId': 'organisation',
  'SetNotificationWebhookInput.teamId': 'team',
  'SetRunbookOwnerInput.userId': 'user',
  // A template step's id (public, as templates are): another organisation's step id must look missing.
  'TemplateConflictResolutionInput.templateStepId': 'runbookStep',
  'UpdateOrganisationInput.id': 'organisation',
  'UpdateRunbookDraftInput.id': 'runbook',
  'UpdateRunbookFromTemplateInput.id': 'adoptedRunbook',
  'UpdateRunbookStepInput.dependsOn': 'runbookStep',
  'UpdateRunbookStepInput.stepId': 'runbookStep',
  'UpdateTeamInput.id': 'team',
  'incident.id': 'incident',
  'commandRoleCandidates.incidentId': 'incident',
  'commandRoleCandidates.organisationId': 'organisation',
  'incidentTimeline.incidentId': 'incident',
  'AddTimelineEntryInput.incidentId': 'incident',
  'AssignIncidentRoleInput.incidentId': 'incident',
  'AssignIncidentRoleInput.organisationId': 'organisation',
  'AssignIncidentRoleInput.userId': 'user',
  'CancelIncidentInput.id': 'incident',
  'ChangeIncidentLevelInput.id': 'incident',
  'CorrectTimelineEntryInput.correctsEntryId': 'timelineEntry',
  'CorrectTimelineEntryInput.incidentId': 'incident',
  'DeclareIncidentInput.id': 'incident',
  'IncidentFilter.organisationId': 'organisation',
  'RecordCommandDecisionInput.incidentId': 'incident',
  'RecordCommandDecisionInput.revisitsDecisionId': 'incidentDecision',
  'RecordLessonInput.incidentId': 'incident',
  'ReportIncidentInput.organisationId': 'organisation',
  'SubmitMethaneInput.incidentId': 'incident',
  'SubmitSitRepInput.incidentId': 'incident',
  'TransitionIncidentInput.id': 'incident',
  'AffectedOrganisationInput.incidentId': 'incident',
  'AuditTrailFilter.incidentId': 'incident',
  'sharedServices.organisationId': 'organisation',
  'exercise.id': 'exercise',
  'exerciseCompliance.organisationId': 'organisation',
  'ExerciseFilter.organisationId': 'organisation',
  'RecordExerciseInput.organisingOrganisationId': 'organisation',
  'RecordExerciseInput.runbookIds': 'runbook',
  'AddExerciseParticipantsInput.exerciseId': 'exercise',
  'AddExercisedRunbooksInput.exerciseId': 'exercise',
  'AddExercisedRunbooksInput.runbookIds': 'runbook',
  'RecordExerciseFindingInput.exerciseId': 'exercise',
  'RecordExerciseFindingInput.organisationId': 'organisation',
  'RaiseExerciseActionsInput.findingId': 'exerciseFinding',
  'ExerciseActionInput.organisationId': 'organisation',
  'ExerciseActionInput.teamId': 'team',
  'ExerciseActionInput.assigneeId': 'user',
  'RecordSharedServiceInput.clientOrganisationId': 'organisation',
  'EndSharedServiceInput.clientOrganisationId': 'organisation',
  'assignment.id': 'assignment',
  'suggestedRunbooks.incidentId': 'incident',
  'ActivateRunbookInput.incidentId': 'incident',
  'ActivateRunbookInput.runbookId': 'runbook',
  'ActivateRunbookInput.organisationIds': 'organisation',
  'AddAssignmentEvidenceInput.id': 'assignment',
  'AssignmentFilter.assigneeId': 'user',
  'AssignmentFilter.incidentId': 'incident',
  'AssignmentFilter.exerciseId': 'exercise',
  'AssignmentFilter.organisationId': 'organisation',
  'AssignmentFilter.teamId': 'team',
  'AssignmentNoteInput.id': 'assignment',
  'AssignmentReasonInput.id': 'assignment',
  'AssignmentSourceInput.incidentId': 'incident',
  'ChangeAssignmentDueInput.id': 'assignment',
  'CompleteAssignmentInput.id': 'assignment',
  'CreateAssignmentInput.assigneeId': 'user',
  'CreateAssignmentInput.dependsOn': 'assignment',
  'CreateAssignmentInput.organisationId': 'organisation',
  'CreateAssignmentInput.teamId': 'team',
  'ReassignAssignmentInput.assigneeId': 'user',
  'ReassignAssignmentInput.id': 'assignment',
  'ReassignAssignmentInput.teamId': 'team',
  'SetAssignmentDependenciesInput.dependsOn': 'assignment',
  'SetAssignmentDependenciesInput.id': 'assignment',
  'igThreads.incidentId': 'incident',
  'igThread.id': 'igThread',
  'igDecisionHistory.threadId': 'igThread',
  'igDeadlines.organisationId': 'organisation',
  'OpenIgThreadInput.incidentId': 'incident',
  'OpenIgThreadInput.organisationId': 'organisation',
  'RecordIgDecisionInput.threadId': 'igThread',
  'SupersedeIgDecisionInput.decisionId': 'igDecision',
  'RecordIgNotificationInput.threadId': 'igThread',
  'assessment.id': 'assessment',
  'organisationAssessments.organisationId': 'organisation',
  'StartAssessmentInput.organisationId': 'organisation',
  'StartNextAssessmentInput.previousAssessmentId': 'assessment',
  'RateRequirementInput.assessmentId': 'assessment',
  'RateRequirementInput.ownerUserId': 'user',
  'AssessmentChangeInput.assessmentId': 'assessment',
  'ReturnAssessmentInput.assessmentId': 'assessment',
  'RaiseAssessmentGapActionInput.gapId': 'assessmentGap',
  'RaiseAssessmentGapActionInput.teamId': 'team',
  'RaiseAssessmentGapActionInput.assigneeId': 'user',
  'rotas.organisationId': 'organisation',
  'onCallNow.organisationId': 'organisation',
  'escalationPolicies.organisationId': 'organisation',
  'pages.organisationId': 'organisation',
  'pages.incidentId': 'incident',
  'CreateRotaInput.organisationId': 'organisation',
  'RenameRotaInput.rotaId': 'rota',
  'SetRotaLayerInput.rotaId': 'rota',
  'SetRotaLayerInput.participantIds': 'user',
  'RemoveRotaLayerInput.rotaId': 'rota',
  'AddRotaOverrideInput.rotaId': 'rota',
  'AddRotaOverrideInput.userId': 'user',
  'AddRotaOverrideInput.agreedByUserId': 'user',
  'CancelRotaOverrideInput.overrideId': 'rotaOverride',
  'SetEscalationPolicyInput.organisationId': 'organisation',
  'PageOnCallInput.organisationId': 'organisation',
  'PageOnCallInput.incidentId': 'incident',
  'AcknowledgePageInput.pageId': 'page',
  'cyberAlert.id': 'cyberAlert',
  'CyberAlertFilter.organisationId': 'organisation',
  'AcknowledgeCyberAlertInput.responseId': 'cyberAlertResponse',
  'StateCyberAlertApplicabilityInput.responseId': 'cyberAlertResponse',
  'CyberAlertWordsInput.responseId': 'cyberAlertResponse',
};

/** Id arguments that may name another organisation's record on purpose, and why. */
const EXEMPT: Record<string, string> = {
  // Every organisation of the ICS is public to its members (names and ODS codes): see
  // OrganisationsService.get and the cross-tenant suite.
  'organisation.id': 'organisations are public within the ICS',
  // Any organisation of the ICS may be affected by an incident: adding one is the point,
  // and organisations are public within the ICS (above).
  'AffectedOrganisationInput.organisationId': 'organisations are public within the ICS, and any may be affected',
  // Any organisation of the ICS may take part in an exercise (organisations are public within it).
  'RecordExerciseInput.participantOrganisationIds': 'organisations are public within the ICS, and any may take part',
  'AddExerciseParticipantsInput.organisationIds': 'organisations are public within the ICS, and any may take part',
  // Any organisation of the ICS may deliver a function for another (the ICS SOC for a trust).
  'RecordSharedServiceInput.providerOrganisationId':
    'organisations are public within the ICS, and any may provide a service',
  // The finding, gap or lesson an assignment comes from is checked by the domain that raises it
  // (a lesson against its incident here; findings and gaps by exercises and readiness).
  'AssignmentSourceInput.id': 'a reference checked by the raising domain',
  // An exercise's actions are raised from its finding (raiseExerciseActions), never through createAssignment.
  'AssignmentSourceInput.exerciseId': 'createAssignment refuses an exercise source whatever the id',
  // The SOC reports posture for every organisation of the ICS, through its API key only:
  // any other caller is refused before the ids are read (organisations are public within the ICS).
  'OrganisationPostureInput.organisationId': "only the SOC's API key reports, for any organisation of the ICS",
  // Assurance frameworks and their requirements are reference data every signed-in user reads.
  'assuranceFramework.id': 'frameworks are reference data, public within the ICS',
  'StartAssessmentInput.frameworkId': 'frameworks are reference data, public within the ICS',
  'StartNextAssessmentInput.frameworkId': 'frameworks are reference data, public within the ICS',
  'RateRequirementInput.requirementId': "a framework's requirements are reference data, public within the ICS",
  // The ICS view of a framework: each caller sees the organisations they may (all, or their own).
  'assuranceOverview.frameworkId': 'frameworks are reference data, public within the ICS',
  // The SOC records an NHS cyber alert for any organisations of the ICS (public within it);
  // anyone else is refused before the ids are read.
  'RecordCyberAlertInput.organisationIds': 'only the SOC records alerts, for any organisation of the ICS',
};

const NOBODY = '00000000-0000-4000-8000-000000000000';

// Every role a member of the caller's own organisation may hold: each passes different
// guards (the IG officer reaches the IG decision log's changes, which are theirs alone; a
// responder and a viewer reach the reads and their own assignments, and are refused the rest).
// That organisation is a trust, never the ICB: the ICB's EPRR lead and incident commanders read
// every organisation's runbooks (RunbookAccess), so their ids are rightly not hidden from them.
// Left out, on purpose: SYSTEM_ADMIN and AUDITOR are system-wide (SYSTEM_WIDE_ROLES): they
// see every organisation of the ICS wherever the role is held, so another organisation's
// record is rightly theirs to see and "answers like a missing id" does not apply to them.
const CALLER_ROLES = [
  Role.EPRR_LEAD,
  Role.ORG_ADMIN,
  Role.INCIDENT_COMMANDER,
  Role.IG_OFFICER,
  Role.RESPONDER,
  Role.VIEWER,
];

/** What a caller sees of an answer: status, data and errors (the test-only statement count aside), the probed id masked. */
function visible(res: GraphqlResponse<unknown>, id: string): string {
  return JSON.stringify({ status: res.status, data: res.data, errors: res.errors }).split(id).join('<id>');
}

describe('id oracle: an id of another organisation is answered exactly like an id that does not exist', () => {
  let t: TestApp;
  let world: TwoOrganisations;
  let idPaths: ArgumentPath[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await twoOrganisations(t, CALLER_ROLES);
    idPaths = argumentPaths(t.app.get(GraphQLSchemaHost).schema).filter((p) => isIdType(p.type));
  });
  afterAll(() => t.close());

  const kindsOf = (key: string): IdKind[] => [ID_KINDS[key] ?? []].flat();

  /** Own records for every id but the probed one: the probe then fails only for its id. */
  const placeholder: Placeholder = (owner, field, type) => {
    if (type.name !== 'ID') return plainPlaceholder(owner, field, type);
    const [kind] = kindsOf(`${owner}.${field}`);
    // An exempt id with no kind: the same well-formed id in both requests of a pair.
    return kind ? world.ids[kind].mine : NOBODY;
  };

  it('knows which kind of record every id argument of the schema names (or why it is exempt)', () => {
    expect(idPaths.length).toBeGreaterThan(30);
    const unmapped = [...new Set(idPaths.map((p) => p.key))].filter((key) => !ID_KINDS[key] && !EXEMPT[key]);
    expect(unmapped).toEqual([]);
    const known = new Set(idPaths.map((p) => p.key));
    expect([...Object.keys(ID_KINDS), ...Object.keys(EXEMPT)].filter((key) => !known.has(key))).toEqual([]);
  });

  it('probes as every role of the organisation but the system-wide ones', () => {
    expect([...CALLER_ROLES].sort()).toEqual(ALL_ROLES.filter((role) => !SYSTEM_WIDE_ROLES.includes(role)).sort());
  });

  const probes = () => idPaths.filter((p) => !EXEMPT[p.key]);
  const nameOf = (probe: ArgumentPath) => `${probe.root.name}(${probe.path.join('.')})`;
  /** Probes that got past the role guard for some caller role (filled as the sweeps run). */
  const reached = new Set<string>();
  /**
   * The digest taken after the last probe of a sweep. Nothing runs between two probes, so
   * it is the next probe's "before" (a late write of one probe then fails the next: still a
   * failure), and each probe costs one digest instead of two.
   */
  let lastDigest: Record<string, string> | undefined;

  function send(probe: ArgumentPath, role: Role, id: string): Promise<GraphqlResponse> {
    const variables = operationVariables(probe.root, placeholder, { path: probe.path, value: id });
    return t.gql.request(operationDocument(probe.root), variables, { token: (world.callers[role] as TestUser).token });
  }

  /** What differs between the answers to their id and to a random one, and what was written. */
  async function compare(probe: ArgumentPath, role: Role, kind: IdKind, theirs: string): Promise<string[]> {
    const where = `${nameOf(probe)} as ${role}, their ${kind}`;
    const missing = randomUUID();
    const before = lastDigest ?? (await databaseDigest(t));
    const foreign = await send(probe, role, theirs);
    const absent = await send(probe, role, missing);
    const after = await databaseDigest(t);
    lastDigest = after;
    const problems: string[] = [];
    const [foreignBody, absentBody] = [visible(foreign, theirs), visible(absent, missing)];
    if (foreignBody !== absentBody) problems.push(`${where}: ${foreignBody} ≠ random: ${absentBody}`);
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (changed.length) problems.push(`${where}: wrote to ${changed.join(', ')}`);
    const code = errorCode(absent);
    const fields = absent.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
    if (
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      fields.some((f) => !f.split('.').includes(probe.path[probe.path.length - 1]))
    ) {
      problems.push(`${where}: the generated placeholders are refused (${absentBody}): fix them`);
    }
    if (code !== 'FORBIDDEN') reached.add(nameOf(probe));
    return problems;
  }

  it.each(CALLER_ROLES)(
    'answers every id-taking operation alike for another organisation’s id and a random one, as %s, and writes nothing',
    async (role) => {
      const problems: string[] = [];
      lastDigest = undefined;
      for (const probe of probes()) {
        for (const kind of kindsOf(probe.key)) {
          for (const theirs of world.ids[kind].theirs) problems.push(...(await compare(probe, role, kind, theirs)));
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('gets past the role guard of every probe with one of the caller roles (no probe passes by refusing everyone)', async () => {
    for (const probe of probes().filter((p) => !reached.has(nameOf(p)))) {
      for (const role of CALLER_ROLES)
        if (errorCode(await send(probe, role, randomUUID())) !== 'FORBIDDEN') reached.add(nameOf(probe));
    }
    expect(
      probes()
        .map(nameOf)
        .filter((name) => !reached.has(name)),
    ).toEqual([]);
  });

  it('would notice a write: the digest moves with any row of any table', async () => {
    const before = await databaseDigest(t);
    await createTeam(t, world.mineOrganisationId, TeamFunction.DIGITAL);
    const after = await databaseDigest(t);
    expect(
      Object.keys(after)
        .filter((table) => after[table] !== before[table])
        .sort(),
    ).toEqual(['audit_chain', 'audit_event', 'team']);
  });
});
