/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      label\n      user {\n        id\n        displayName\n        email\n      }\n      grants {\n        role\n        organisation {\n          id\n          name\n          odsCode\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    chainId\n    occurredAt\n    action\n    summary\n    entityType\n    entityId\n    organisationId\n    roles\n    actor {\n      id\n      label\n      type\n    }\n  }\n": typeof types.AuditEventRowFragmentDoc,
    "\n  query AuditTrail($filter: AuditTrailFilter, $first: Int!, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditHistory($entityType: String!, $entityId: String!, $first: Int!, $after: String) {\n    auditHistory(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n        changes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditHistoryDocument,
    "\n  query VerifyAuditChain($organisationId: ID) {\n    verifyAuditChain(organisationId: $organisationId) {\n      chainId\n      valid\n      checked\n      firstBrokenSeq\n      reason\n      headHash\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment BoardIncident on Incident {\n    id\n    reference\n    title\n    status\n    level\n    type\n    scope\n    category\n    reportedAt\n    declaredAt\n    nextSitRepDueAt\n    sitRepOverdue\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n  }\n": typeof types.BoardIncidentFragmentDoc,
    "\n  query Board($first: Int!, $after: String) {\n    incidents(first: $first, after: $after) {\n      nodes {\n        ...BoardIncident\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  subscription BoardChanged {\n    incidentsChanged {\n      ...BoardIncident\n    }\n  }\n": typeof types.BoardChangedDocument,
    "\n  query ReportFormData {\n    incidentCategories {\n      category\n      group\n      words\n    }\n  }\n": typeof types.ReportFormDataDocument,
    "\n  query OrganisationsPage($after: String) {\n    organisations(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        odsCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OrganisationsPageDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  mutation AddAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddAffectedOrganisationDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n": typeof types.DeclareIncidentDocument,
    "\n  fragment IgThreadSummary on IgThread {\n    id\n    incidentId\n    incidentReference\n    organisation {\n      id\n      name\n    }\n    awarenessAt\n    awarenessLondon\n    deadlineAt\n    deadlineLondon\n    deadlineStatus\n    contentVisible\n    currentDecisions {\n      id\n      type\n      outcome\n    }\n  }\n": typeof types.IgThreadSummaryFragmentDoc,
    "\n  fragment IgDecisionView on IgDecision {\n    id\n    type\n    outcome\n    current\n    decidedAt\n    recordedAt\n    reviewAt\n    supersedesDecisionId\n    supersededByDecisionId\n    content {\n      dataCategories\n      specialCategory\n      childrenOrVulnerable\n      approxDataSubjects\n      approxRecords\n      likelihood\n      likelihoodLabel\n      severity\n      severityLabel\n      suggestedReportable\n      againstSuggestionReason\n      rationale\n      legalBasis\n      consulted\n      consultationNotes\n      supersedeReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.IgDecisionViewFragmentDoc,
    "\n  query IgDesk($first: Int!, $after: String) {\n    igDeadlines(first: 50) {\n      nodes {\n        ...IgThreadSummary\n      }\n    }\n    incidents(first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        status\n        personalDataInvolved\n        igThreads {\n          ...IgThreadSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.IgDeskDocument,
    "\n  query IgThreadDetail($id: ID!) {\n    igThread(id: $id) {\n      ...IgThreadSummary\n      detectedAt\n      openedAt\n      seniorManagement {\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      processor {\n        name\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      currentDecisions {\n        ...IgDecisionView\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n        content {\n          externalReference\n          details\n          delayReason\n        }\n      }\n    }\n    igDecisionHistory(threadId: $id) {\n      ...IgDecisionView\n    }\n  }\n": typeof types.IgThreadDetailDocument,
    "\n  mutation RecordIgDecision($input: RecordIgDecisionInput!) {\n    recordIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n": typeof types.RecordIgDecisionDocument,
    "\n  mutation SupersedeIgDecision($input: SupersedeIgDecisionInput!) {\n    supersedeIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n": typeof types.SupersedeIgDecisionDocument,
    "\n  mutation RecordIgNotification($input: RecordIgNotificationInput!) {\n    recordIgNotification(input: $input) {\n      id\n      recipient\n      phase\n      late\n    }\n  }\n": typeof types.RecordIgNotificationDocument,
    "\n  subscription IgThreadTimelineAdded($incidentId: ID!) {\n    incidentTimelineAdded(id: $incidentId) {\n      id\n      action\n    }\n  }\n": typeof types.IgThreadTimelineAddedDocument,
    "\n  query DsptGrading {\n    dsptGrading {\n      reportableMinLikelihood\n      reportableMinSeverity\n      likelihoodLabels\n      severityLabels\n    }\n  }\n": typeof types.DsptGradingDocument,
    "\n  mutation StandbyRoomIncident($input: TransitionIncidentInput!) {\n    standbyIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.StandbyRoomIncidentDocument,
    "\n  mutation DeclareRoomIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.DeclareRoomIncidentDocument,
    "\n  mutation ContainRoomIncident($input: TransitionIncidentInput!) {\n    containIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.ContainRoomIncidentDocument,
    "\n  mutation RecoverRoomIncident($input: TransitionIncidentInput!) {\n    recoverIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.RecoverRoomIncidentDocument,
    "\n  mutation StandDownRoomIncident($input: TransitionIncidentInput!) {\n    standDownIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.StandDownRoomIncidentDocument,
    "\n  mutation CloseRoomIncident($input: TransitionIncidentInput!) {\n    closeIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.CloseRoomIncidentDocument,
    "\n  mutation OpenRoomCoordinationCentre($input: TransitionIncidentInput!) {\n    openCoordinationCentre(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.OpenRoomCoordinationCentreDocument,
    "\n  mutation CancelRoomIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.CancelRoomIncidentDocument,
    "\n  mutation ChangeRoomIncidentLevel($input: ChangeIncidentLevelInput!) {\n    changeIncidentLevel(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.ChangeRoomIncidentLevelDocument,
    "\n  mutation AssignRoomIncidentRole($input: AssignIncidentRoleInput!) {\n    assignIncidentRole(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.AssignRoomIncidentRoleDocument,
    "\n  mutation AddRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.AddRoomAffectedOrganisationDocument,
    "\n  mutation RemoveRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    removeAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.RemoveRoomAffectedOrganisationDocument,
    "\n  mutation SubmitRoomMethane($input: SubmitMethaneInput!) {\n    submitMethane(input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.SubmitRoomMethaneDocument,
    "\n  mutation SubmitRoomSitRep($input: SubmitSitRepInput!) {\n    submitSitRep(input: $input) {\n      id\n      sequence\n    }\n  }\n": typeof types.SubmitRoomSitRepDocument,
    "\n  mutation RecordRoomCommandDecision($input: RecordCommandDecisionInput!) {\n    recordCommandDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRoomCommandDecisionDocument,
    "\n  mutation RecordRoomLesson($input: RecordLessonInput!) {\n    recordLesson(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRoomLessonDocument,
    "\n  fragment IncidentRoom on Incident {\n    id\n    reference\n    title\n    description\n    status\n    level\n    type\n    scope\n    category\n    version\n    personalDataInvolved\n    reportedAt\n    declaredAt\n    coordinationCentreOpenedAt\n    nextSitRepDueAt\n    sitRepOverdue\n    lastSitRepAt\n    cancellationReason\n    availableActions {\n      action\n      summary\n      to\n      requires\n    }\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n    roles {\n      ...RoomRoleHolding\n    }\n    roleHistory {\n      ...RoomRoleHolding\n    }\n    reportedBy {\n      id\n      displayName\n      active\n    }\n    declaredBy {\n      id\n      displayName\n      active\n    }\n    methane {\n      id\n      revision\n      submittedAt\n      majorIncidentDeclared\n      exactLocation\n      typeOfIncident\n      hazards\n      access\n      numberOfCasualties\n      emergencyServices\n    }\n    latestSitRep {\n      id\n      sequence\n      template\n      level\n      submittedAt\n      fields {\n        name\n        label\n        value\n      }\n    }\n    decisions {\n      id\n      decidedAt\n      decision\n      rationale\n      information\n      riskAssessment\n      powersAndPolicy\n      optionsConsidered\n      reviewAt\n      revisitsDecisionId\n    }\n    lessons {\n      id\n      recordedAt\n      ownerFunction\n      whatHappened\n      whatToChange\n    }\n  }\n": typeof types.IncidentRoomFragmentDoc,
    "\n  fragment RoomRoleHolding on IncidentRoleHolding {\n    id\n    role\n    startedAt\n    endedAt\n    holder {\n      id\n      displayName\n      active\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.RoomRoleHoldingFragmentDoc,
    "\n  query IncidentRoom($reference: String!) {\n    incidentByReference(reference: $reference) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.IncidentRoomDocument,
    "\n  subscription IncidentRoomChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentRoom\n    }\n  }\n": typeof types.IncidentRoomChangedDocument,
    "\n  fragment RoomTimelineEntry on TimelineEntry {\n    id\n    action\n    actorLabel\n    occurredAt\n    summary\n    manual\n    text\n    entryId\n    correctsEntryId\n  }\n": typeof types.RoomTimelineEntryFragmentDoc,
    "\n  query IncidentRoomTimeline($incidentId: ID!, $after: String) {\n    incidentTimeline(incidentId: $incidentId, first: 50, after: $after, order: NEWEST_FIRST) {\n      nodes {\n        ...RoomTimelineEntry\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.IncidentRoomTimelineDocument,
    "\n  subscription IncidentRoomTimelineAdded($id: ID!) {\n    incidentTimelineAdded(id: $id) {\n      ...RoomTimelineEntry\n    }\n  }\n": typeof types.IncidentRoomTimelineAddedDocument,
    "\n  mutation AddRoomTimelineEntry($input: AddTimelineEntryInput!) {\n    addTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n": typeof types.AddRoomTimelineEntryDocument,
    "\n  mutation CorrectRoomTimelineEntry($input: CorrectTimelineEntryInput!) {\n    correctTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n": typeof types.CorrectRoomTimelineEntryDocument,
    "\n  query IncidentRoomIgThreads($incidentId: ID!) {\n    igThreads(incidentId: $incidentId) {\n      id\n      organisation {\n        id\n        name\n      }\n      awarenessLondon\n      deadlineAt\n      deadlineLondon\n      deadlineStatus\n      contentVisible\n      currentDecisions {\n        id\n        type\n        outcome\n        decidedAt\n        content {\n          rationale\n          severityLabel\n          likelihoodLabel\n          suggestedReportable\n          decidedBy {\n            displayName\n          }\n        }\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n      }\n    }\n  }\n": typeof types.IncidentRoomIgThreadsDocument,
    "\n  query IncidentRoomRunbooks($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      runbookActivations {\n        id\n        runbookTitle\n        versionNumber\n        organisationName\n        activatedAt\n        activatedBy {\n          id\n          displayName\n        }\n        assignmentCounts {\n          status\n          count\n        }\n      }\n    }\n    assignments(first: 100, filter: { incidentId: $incidentId }) {\n      nodes {\n        id\n        title\n        status\n        dueAt\n        overdue\n        mandatory\n        organisation {\n          id\n          name\n        }\n        assignee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        source {\n          kind\n          activationId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    suggestedRunbooks(incidentId: $incidentId) {\n      organisations {\n        organisationId\n        organisationName\n        runbooks {\n          id\n          title\n          versionNumber\n        }\n      }\n      organisationsWithNone\n    }\n  }\n": typeof types.IncidentRoomRunbooksDocument,
    "\n  mutation ActivateRoomRunbook($input: ActivateRunbookInput!) {\n    activateRunbook(input: $input) {\n      id\n      runbookId\n      organisationId\n      versionNumber\n      assignmentIds\n    }\n  }\n": typeof types.ActivateRoomRunbookDocument,
    "\n  query CommandRoleCandidates($incidentId: ID!, $role: CommandRole!, $organisationId: ID, $search: String) {\n    commandRoleCandidates(\n      incidentId: $incidentId\n      role: $role\n      organisationId: $organisationId\n      search: $search\n      first: 50\n    ) {\n      id\n      displayName\n      organisations {\n        name\n        roles\n      }\n    }\n  }\n": typeof types.CommandRoleCandidatesDocument,
    "\n  query SitRepTemplates {\n    sitRepTemplates {\n      template\n      name\n      fields {\n        name\n        label\n        hint\n      }\n    }\n  }\n": typeof types.SitRepTemplatesDocument,
    "\n  fragment MyAssignment on Assignment {\n    id\n    title\n    description\n    status\n    statusReason\n    priority\n    mandatory\n    dueAt\n    overdue\n    createdAt\n    version\n    organisation {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    evidence {\n      id\n    }\n  }\n": typeof types.MyAssignmentFragmentDoc,
    "\n  query MyAssignments($first: Int!, $after: String) {\n    myAssignments(first: $first, after: $after) {\n      nodes {\n        ...MyAssignment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyAssignmentsDocument,
    "\n  subscription MyAssignmentsChanged {\n    assignmentsChanged {\n      ...MyAssignment\n    }\n  }\n": typeof types.MyAssignmentsChangedDocument,
    "\n  mutation AcknowledgeMyAssignment($input: AssignmentNoteInput!) {\n    acknowledgeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.AcknowledgeMyAssignmentDocument,
    "\n  mutation StartMyAssignment($input: AssignmentNoteInput!) {\n    startAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.StartMyAssignmentDocument,
    "\n  mutation UnblockMyAssignment($input: AssignmentNoteInput!) {\n    unblockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.UnblockMyAssignmentDocument,
    "\n  mutation BlockMyAssignment($input: AssignmentReasonInput!) {\n    blockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.BlockMyAssignmentDocument,
    "\n  mutation CompleteMyAssignment($input: CompleteAssignmentInput!) {\n    completeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.CompleteMyAssignmentDocument,
    "\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        urgent\n        createdAt\n        readAt\n        about {\n          entityType\n          entityId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment PageSummary on Page {\n    id\n    status\n    duty\n    level\n    message\n    raisedAt\n    acknowledgedAt\n    incidentReference\n    organisationName\n    secondsToAcknowledge\n    pagedPerson {\n      userId\n      displayName\n    }\n    acknowledgedBy {\n      userId\n      displayName\n    }\n  }\n": typeof types.PageSummaryFragmentDoc,
    "\n  query OnCallBoard($organisationId: ID!) {\n    rotas(organisationId: $organisationId) {\n      id\n      name\n      duty\n      deputy\n      onCallNow {\n        userId\n        displayName\n      }\n      layers {\n        id\n        name\n        participants {\n          userId\n          displayName\n        }\n      }\n      overrides {\n        id\n        startsAt\n        endsAt\n        reason\n        person {\n          displayName\n        }\n      }\n    }\n    pages(first: 50) {\n      nodes {\n        ...PageSummary\n      }\n    }\n  }\n": typeof types.OnCallBoardDocument,
    "\n  mutation AcknowledgePage($input: AcknowledgePageInput!) {\n    acknowledgePage(input: $input) {\n      ...PageSummary\n    }\n  }\n": typeof types.AcknowledgePageDocument,
    "\n  subscription PageRaised {\n    pageRaised {\n      ...PageSummary\n    }\n  }\n": typeof types.PageRaisedDocument,
    "\n  query SystemReadinessMatrix {\n    systemReadiness {\n      evaluatedAt\n      score\n      organisations {\n        id\n        name\n        odsCode\n        kind\n        score\n        gapCount\n      }\n      categories {\n        category\n        score\n        gapCount\n      }\n      cells {\n        organisationId\n        category\n        status\n        score\n        gapCount\n        runbookCount\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n": typeof types.SystemReadinessMatrixDocument,
    "\n  query OrganisationReadinessDetail($organisationId: ID!) {\n    readiness(organisationId: $organisationId) {\n      evaluatedAt\n      score\n      gaps\n      organisation {\n        id\n        name\n        odsCode\n      }\n      categories {\n        category\n        status\n        score\n        gaps\n        runbookIds\n      }\n      runbooks {\n        runbookId\n        title\n        status\n        score\n        gaps\n        approvedVersionNumber\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n": typeof types.OrganisationReadinessDetailDocument,
    "\n  fragment MetricsSummary on Metrics {\n    organisationName\n    period {\n      label\n      asAt\n    }\n    incidents {\n      total\n      byType {\n        key\n        count\n      }\n      reportedToDeclared {\n        count\n        medianMinutes\n      }\n    }\n    assignments {\n      all {\n        open\n        overdue\n        done\n        doneOnTimePercent\n      }\n    }\n    informationGovernance {\n      threads\n      decidedWithin72HoursPercent\n      late\n      undecided\n    }\n    onCall {\n      all {\n        pages\n        acknowledged\n        medianSecondsToAcknowledge\n      }\n    }\n    readiness {\n      score\n    }\n    trend {\n      months\n      series {\n        metric\n        values\n      }\n    }\n  }\n": typeof types.MetricsSummaryFragmentDoc,
    "\n  query SystemMetricsReport($period: MetricsPeriodInput!) {\n    systemMetrics(period: $period) {\n      ...MetricsSummary\n    }\n  }\n": typeof types.SystemMetricsReportDocument,
    "\n  query OrganisationMetricsReport($organisationId: ID!, $period: MetricsPeriodInput!) {\n    organisationMetrics(organisationId: $organisationId, period: $period) {\n      ...MetricsSummary\n    }\n  }\n": typeof types.OrganisationMetricsReportDocument,
    "\n  fragment RunbookSummary on Runbook {\n    id\n    title\n    status\n    version\n    isTemplate\n    categories\n    latestVersionNumber\n    nextReviewAt\n    dueForReview\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.RunbookSummaryFragmentDoc,
    "\n  query OrganisationRunbooks($organisationId: ID!) {\n    runbooks(first: 100, filter: { organisationId: $organisationId, isTemplate: false }) {\n      nodes {\n        ...RunbookSummary\n      }\n    }\n    templates: runbooks(first: 100, filter: { isTemplate: true, status: APPROVED }) {\n      nodes {\n        ...RunbookSummary\n        description\n      }\n    }\n  }\n": typeof types.OrganisationRunbooksDocument,
    "\n  fragment RunbookStepDetail on RunbookStep {\n    id\n    position\n    title\n    instructions\n    responsibleRole\n    function\n    designation\n    targetMinutes\n    clockAnchor\n    mandatory\n    dependsOn\n  }\n": typeof types.RunbookStepDetailFragmentDoc,
    "\n  query RunbookDetail($id: ID!) {\n    runbook(id: $id) {\n      ...RunbookSummary\n      description\n      organisationId\n      submittedAt\n      submittedBy {\n        id\n        displayName\n      }\n      steps {\n        ...RunbookStepDetail\n      }\n      versions {\n        id\n        versionNumber\n        approvedAt\n        approvedBy {\n          id\n          displayName\n        }\n        submittedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.RunbookDetailDocument,
    "\n  query RunbookOwnerCandidates($runbookId: ID!, $search: String) {\n    runbookOwnerCandidates(runbookId: $runbookId, search: $search, first: 50) {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.RunbookOwnerCandidatesDocument,
    "\n  mutation CreateRunbook($input: CreateRunbookInput!) {\n    createRunbook(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRunbookDocument,
    "\n  mutation AdoptTemplate($input: AdoptTemplateInput!) {\n    adoptTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.AdoptTemplateDocument,
    "\n  mutation AddRunbookStep($input: AddRunbookStepInput!) {\n    addRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddRunbookStepDocument,
    "\n  mutation RemoveRunbookStep($input: RemoveRunbookStepInput!) {\n    removeRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveRunbookStepDocument,
    "\n  mutation SetRunbookOwner($input: SetRunbookOwnerInput!) {\n    setRunbookOwner(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SetRunbookOwnerDocument,
    "\n  mutation SubmitRunbookForReview($input: RunbookRefInput!) {\n    submitRunbookForReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitRunbookForReviewDocument,
    "\n  mutation ApproveRunbook($input: RunbookRefInput!) {\n    approveRunbook(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveRunbookDocument,
    "\n  mutation ReturnRunbookToDraft($input: ReturnRunbookToDraftInput!) {\n    returnRunbookToDraft(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnRunbookToDraftDocument,
    "\n  mutation ReviseRunbook($input: RunbookRefInput!) {\n    reviseRunbook(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReviseRunbookDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      label\n      user {\n        id\n        displayName\n        email\n      }\n      grants {\n        role\n        organisation {\n          id\n          name\n          odsCode\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    chainId\n    occurredAt\n    action\n    summary\n    entityType\n    entityId\n    organisationId\n    roles\n    actor {\n      id\n      label\n      type\n    }\n  }\n": types.AuditEventRowFragmentDoc,
    "\n  query AuditTrail($filter: AuditTrailFilter, $first: Int!, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditHistory($entityType: String!, $entityId: String!, $first: Int!, $after: String) {\n    auditHistory(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n        changes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditHistoryDocument,
    "\n  query VerifyAuditChain($organisationId: ID) {\n    verifyAuditChain(organisationId: $organisationId) {\n      chainId\n      valid\n      checked\n      firstBrokenSeq\n      reason\n      headHash\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment BoardIncident on Incident {\n    id\n    reference\n    title\n    status\n    level\n    type\n    scope\n    category\n    reportedAt\n    declaredAt\n    nextSitRepDueAt\n    sitRepOverdue\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n  }\n": types.BoardIncidentFragmentDoc,
    "\n  query Board($first: Int!, $after: String) {\n    incidents(first: $first, after: $after) {\n      nodes {\n        ...BoardIncident\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  subscription BoardChanged {\n    incidentsChanged {\n      ...BoardIncident\n    }\n  }\n": types.BoardChangedDocument,
    "\n  query ReportFormData {\n    incidentCategories {\n      category\n      group\n      words\n    }\n  }\n": types.ReportFormDataDocument,
    "\n  query OrganisationsPage($after: String) {\n    organisations(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        odsCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.OrganisationsPageDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  mutation AddAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddAffectedOrganisationDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n": types.DeclareIncidentDocument,
    "\n  fragment IgThreadSummary on IgThread {\n    id\n    incidentId\n    incidentReference\n    organisation {\n      id\n      name\n    }\n    awarenessAt\n    awarenessLondon\n    deadlineAt\n    deadlineLondon\n    deadlineStatus\n    contentVisible\n    currentDecisions {\n      id\n      type\n      outcome\n    }\n  }\n": types.IgThreadSummaryFragmentDoc,
    "\n  fragment IgDecisionView on IgDecision {\n    id\n    type\n    outcome\n    current\n    decidedAt\n    recordedAt\n    reviewAt\n    supersedesDecisionId\n    supersededByDecisionId\n    content {\n      dataCategories\n      specialCategory\n      childrenOrVulnerable\n      approxDataSubjects\n      approxRecords\n      likelihood\n      likelihoodLabel\n      severity\n      severityLabel\n      suggestedReportable\n      againstSuggestionReason\n      rationale\n      legalBasis\n      consulted\n      consultationNotes\n      supersedeReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.IgDecisionViewFragmentDoc,
    "\n  query IgDesk($first: Int!, $after: String) {\n    igDeadlines(first: 50) {\n      nodes {\n        ...IgThreadSummary\n      }\n    }\n    incidents(first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        status\n        personalDataInvolved\n        igThreads {\n          ...IgThreadSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.IgDeskDocument,
    "\n  query IgThreadDetail($id: ID!) {\n    igThread(id: $id) {\n      ...IgThreadSummary\n      detectedAt\n      openedAt\n      seniorManagement {\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      processor {\n        name\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      currentDecisions {\n        ...IgDecisionView\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n        content {\n          externalReference\n          details\n          delayReason\n        }\n      }\n    }\n    igDecisionHistory(threadId: $id) {\n      ...IgDecisionView\n    }\n  }\n": types.IgThreadDetailDocument,
    "\n  mutation RecordIgDecision($input: RecordIgDecisionInput!) {\n    recordIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n": types.RecordIgDecisionDocument,
    "\n  mutation SupersedeIgDecision($input: SupersedeIgDecisionInput!) {\n    supersedeIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n": types.SupersedeIgDecisionDocument,
    "\n  mutation RecordIgNotification($input: RecordIgNotificationInput!) {\n    recordIgNotification(input: $input) {\n      id\n      recipient\n      phase\n      late\n    }\n  }\n": types.RecordIgNotificationDocument,
    "\n  subscription IgThreadTimelineAdded($incidentId: ID!) {\n    incidentTimelineAdded(id: $incidentId) {\n      id\n      action\n    }\n  }\n": types.IgThreadTimelineAddedDocument,
    "\n  query DsptGrading {\n    dsptGrading {\n      reportableMinLikelihood\n      reportableMinSeverity\n      likelihoodLabels\n      severityLabels\n    }\n  }\n": types.DsptGradingDocument,
    "\n  mutation StandbyRoomIncident($input: TransitionIncidentInput!) {\n    standbyIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.StandbyRoomIncidentDocument,
    "\n  mutation DeclareRoomIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.DeclareRoomIncidentDocument,
    "\n  mutation ContainRoomIncident($input: TransitionIncidentInput!) {\n    containIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.ContainRoomIncidentDocument,
    "\n  mutation RecoverRoomIncident($input: TransitionIncidentInput!) {\n    recoverIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.RecoverRoomIncidentDocument,
    "\n  mutation StandDownRoomIncident($input: TransitionIncidentInput!) {\n    standDownIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.StandDownRoomIncidentDocument,
    "\n  mutation CloseRoomIncident($input: TransitionIncidentInput!) {\n    closeIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.CloseRoomIncidentDocument,
    "\n  mutation OpenRoomCoordinationCentre($input: TransitionIncidentInput!) {\n    openCoordinationCentre(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.OpenRoomCoordinationCentreDocument,
    "\n  mutation CancelRoomIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.CancelRoomIncidentDocument,
    "\n  mutation ChangeRoomIncidentLevel($input: ChangeIncidentLevelInput!) {\n    changeIncidentLevel(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.ChangeRoomIncidentLevelDocument,
    "\n  mutation AssignRoomIncidentRole($input: AssignIncidentRoleInput!) {\n    assignIncidentRole(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.AssignRoomIncidentRoleDocument,
    "\n  mutation AddRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.AddRoomAffectedOrganisationDocument,
    "\n  mutation RemoveRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    removeAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n": types.RemoveRoomAffectedOrganisationDocument,
    "\n  mutation SubmitRoomMethane($input: SubmitMethaneInput!) {\n    submitMethane(input: $input) {\n      id\n      revision\n    }\n  }\n": types.SubmitRoomMethaneDocument,
    "\n  mutation SubmitRoomSitRep($input: SubmitSitRepInput!) {\n    submitSitRep(input: $input) {\n      id\n      sequence\n    }\n  }\n": types.SubmitRoomSitRepDocument,
    "\n  mutation RecordRoomCommandDecision($input: RecordCommandDecisionInput!) {\n    recordCommandDecision(input: $input) {\n      id\n    }\n  }\n": types.RecordRoomCommandDecisionDocument,
    "\n  mutation RecordRoomLesson($input: RecordLessonInput!) {\n    recordLesson(input: $input) {\n      id\n    }\n  }\n": types.RecordRoomLessonDocument,
    "\n  fragment IncidentRoom on Incident {\n    id\n    reference\n    title\n    description\n    status\n    level\n    type\n    scope\n    category\n    version\n    personalDataInvolved\n    reportedAt\n    declaredAt\n    coordinationCentreOpenedAt\n    nextSitRepDueAt\n    sitRepOverdue\n    lastSitRepAt\n    cancellationReason\n    availableActions {\n      action\n      summary\n      to\n      requires\n    }\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n    roles {\n      ...RoomRoleHolding\n    }\n    roleHistory {\n      ...RoomRoleHolding\n    }\n    reportedBy {\n      id\n      displayName\n      active\n    }\n    declaredBy {\n      id\n      displayName\n      active\n    }\n    methane {\n      id\n      revision\n      submittedAt\n      majorIncidentDeclared\n      exactLocation\n      typeOfIncident\n      hazards\n      access\n      numberOfCasualties\n      emergencyServices\n    }\n    latestSitRep {\n      id\n      sequence\n      template\n      level\n      submittedAt\n      fields {\n        name\n        label\n        value\n      }\n    }\n    decisions {\n      id\n      decidedAt\n      decision\n      rationale\n      information\n      riskAssessment\n      powersAndPolicy\n      optionsConsidered\n      reviewAt\n      revisitsDecisionId\n    }\n    lessons {\n      id\n      recordedAt\n      ownerFunction\n      whatHappened\n      whatToChange\n    }\n  }\n": types.IncidentRoomFragmentDoc,
    "\n  fragment RoomRoleHolding on IncidentRoleHolding {\n    id\n    role\n    startedAt\n    endedAt\n    holder {\n      id\n      displayName\n      active\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.RoomRoleHoldingFragmentDoc,
    "\n  query IncidentRoom($reference: String!) {\n    incidentByReference(reference: $reference) {\n      ...IncidentRoom\n    }\n  }\n": types.IncidentRoomDocument,
    "\n  subscription IncidentRoomChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentRoom\n    }\n  }\n": types.IncidentRoomChangedDocument,
    "\n  fragment RoomTimelineEntry on TimelineEntry {\n    id\n    action\n    actorLabel\n    occurredAt\n    summary\n    manual\n    text\n    entryId\n    correctsEntryId\n  }\n": types.RoomTimelineEntryFragmentDoc,
    "\n  query IncidentRoomTimeline($incidentId: ID!, $after: String) {\n    incidentTimeline(incidentId: $incidentId, first: 50, after: $after, order: NEWEST_FIRST) {\n      nodes {\n        ...RoomTimelineEntry\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.IncidentRoomTimelineDocument,
    "\n  subscription IncidentRoomTimelineAdded($id: ID!) {\n    incidentTimelineAdded(id: $id) {\n      ...RoomTimelineEntry\n    }\n  }\n": types.IncidentRoomTimelineAddedDocument,
    "\n  mutation AddRoomTimelineEntry($input: AddTimelineEntryInput!) {\n    addTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n": types.AddRoomTimelineEntryDocument,
    "\n  mutation CorrectRoomTimelineEntry($input: CorrectTimelineEntryInput!) {\n    correctTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n": types.CorrectRoomTimelineEntryDocument,
    "\n  query IncidentRoomIgThreads($incidentId: ID!) {\n    igThreads(incidentId: $incidentId) {\n      id\n      organisation {\n        id\n        name\n      }\n      awarenessLondon\n      deadlineAt\n      deadlineLondon\n      deadlineStatus\n      contentVisible\n      currentDecisions {\n        id\n        type\n        outcome\n        decidedAt\n        content {\n          rationale\n          severityLabel\n          likelihoodLabel\n          suggestedReportable\n          decidedBy {\n            displayName\n          }\n        }\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n      }\n    }\n  }\n": types.IncidentRoomIgThreadsDocument,
    "\n  query IncidentRoomRunbooks($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      runbookActivations {\n        id\n        runbookTitle\n        versionNumber\n        organisationName\n        activatedAt\n        activatedBy {\n          id\n          displayName\n        }\n        assignmentCounts {\n          status\n          count\n        }\n      }\n    }\n    assignments(first: 100, filter: { incidentId: $incidentId }) {\n      nodes {\n        id\n        title\n        status\n        dueAt\n        overdue\n        mandatory\n        organisation {\n          id\n          name\n        }\n        assignee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        source {\n          kind\n          activationId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    suggestedRunbooks(incidentId: $incidentId) {\n      organisations {\n        organisationId\n        organisationName\n        runbooks {\n          id\n          title\n          versionNumber\n        }\n      }\n      organisationsWithNone\n    }\n  }\n": types.IncidentRoomRunbooksDocument,
    "\n  mutation ActivateRoomRunbook($input: ActivateRunbookInput!) {\n    activateRunbook(input: $input) {\n      id\n      runbookId\n      organisationId\n      versionNumber\n      assignmentIds\n    }\n  }\n": types.ActivateRoomRunbookDocument,
    "\n  query CommandRoleCandidates($incidentId: ID!, $role: CommandRole!, $organisationId: ID, $search: String) {\n    commandRoleCandidates(\n      incidentId: $incidentId\n      role: $role\n      organisationId: $organisationId\n      search: $search\n      first: 50\n    ) {\n      id\n      displayName\n      organisations {\n        name\n        roles\n      }\n    }\n  }\n": types.CommandRoleCandidatesDocument,
    "\n  query SitRepTemplates {\n    sitRepTemplates {\n      template\n      name\n      fields {\n        name\n        label\n        hint\n      }\n    }\n  }\n": types.SitRepTemplatesDocument,
    "\n  fragment MyAssignment on Assignment {\n    id\n    title\n    description\n    status\n    statusReason\n    priority\n    mandatory\n    dueAt\n    overdue\n    createdAt\n    version\n    organisation {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    evidence {\n      id\n    }\n  }\n": types.MyAssignmentFragmentDoc,
    "\n  query MyAssignments($first: Int!, $after: String) {\n    myAssignments(first: $first, after: $after) {\n      nodes {\n        ...MyAssignment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyAssignmentsDocument,
    "\n  subscription MyAssignmentsChanged {\n    assignmentsChanged {\n      ...MyAssignment\n    }\n  }\n": types.MyAssignmentsChangedDocument,
    "\n  mutation AcknowledgeMyAssignment($input: AssignmentNoteInput!) {\n    acknowledgeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.AcknowledgeMyAssignmentDocument,
    "\n  mutation StartMyAssignment($input: AssignmentNoteInput!) {\n    startAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.StartMyAssignmentDocument,
    "\n  mutation UnblockMyAssignment($input: AssignmentNoteInput!) {\n    unblockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.UnblockMyAssignmentDocument,
    "\n  mutation BlockMyAssignment($input: AssignmentReasonInput!) {\n    blockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.BlockMyAssignmentDocument,
    "\n  mutation CompleteMyAssignment($input: CompleteAssignmentInput!) {\n    completeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.CompleteMyAssignmentDocument,
    "\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        urgent\n        createdAt\n        readAt\n        about {\n          entityType\n          entityId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment PageSummary on Page {\n    id\n    status\n    duty\n    level\n    message\n    raisedAt\n    acknowledgedAt\n    incidentReference\n    organisationName\n    secondsToAcknowledge\n    pagedPerson {\n      userId\n      displayName\n    }\n    acknowledgedBy {\n      userId\n      displayName\n    }\n  }\n": types.PageSummaryFragmentDoc,
    "\n  query OnCallBoard($organisationId: ID!) {\n    rotas(organisationId: $organisationId) {\n      id\n      name\n      duty\n      deputy\n      onCallNow {\n        userId\n        displayName\n      }\n      layers {\n        id\n        name\n        participants {\n          userId\n          displayName\n        }\n      }\n      overrides {\n        id\n        startsAt\n        endsAt\n        reason\n        person {\n          displayName\n        }\n      }\n    }\n    pages(first: 50) {\n      nodes {\n        ...PageSummary\n      }\n    }\n  }\n": types.OnCallBoardDocument,
    "\n  mutation AcknowledgePage($input: AcknowledgePageInput!) {\n    acknowledgePage(input: $input) {\n      ...PageSummary\n    }\n  }\n": types.AcknowledgePageDocument,
    "\n  subscription PageRaised {\n    pageRaised {\n      ...PageSummary\n    }\n  }\n": types.PageRaisedDocument,
    "\n  query SystemReadinessMatrix {\n    systemReadiness {\n      evaluatedAt\n      score\n      organisations {\n        id\n        name\n        odsCode\n        kind\n        score\n        gapCount\n      }\n      categories {\n        category\n        score\n        gapCount\n      }\n      cells {\n        organisationId\n        category\n        status\n        score\n        gapCount\n        runbookCount\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n": types.SystemReadinessMatrixDocument,
    "\n  query OrganisationReadinessDetail($organisationId: ID!) {\n    readiness(organisationId: $organisationId) {\n      evaluatedAt\n      score\n      gaps\n      organisation {\n        id\n        name\n        odsCode\n      }\n      categories {\n        category\n        status\n        score\n        gaps\n        runbookIds\n      }\n      runbooks {\n        runbookId\n        title\n        status\n        score\n        gaps\n        approvedVersionNumber\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n": types.OrganisationReadinessDetailDocument,
    "\n  fragment MetricsSummary on Metrics {\n    organisationName\n    period {\n      label\n      asAt\n    }\n    incidents {\n      total\n      byType {\n        key\n        count\n      }\n      reportedToDeclared {\n        count\n        medianMinutes\n      }\n    }\n    assignments {\n      all {\n        open\n        overdue\n        done\n        doneOnTimePercent\n      }\n    }\n    informationGovernance {\n      threads\n      decidedWithin72HoursPercent\n      late\n      undecided\n    }\n    onCall {\n      all {\n        pages\n        acknowledged\n        medianSecondsToAcknowledge\n      }\n    }\n    readiness {\n      score\n    }\n    trend {\n      months\n      series {\n        metric\n        values\n      }\n    }\n  }\n": types.MetricsSummaryFragmentDoc,
    "\n  query SystemMetricsReport($period: MetricsPeriodInput!) {\n    systemMetrics(period: $period) {\n      ...MetricsSummary\n    }\n  }\n": types.SystemMetricsReportDocument,
    "\n  query OrganisationMetricsReport($organisationId: ID!, $period: MetricsPeriodInput!) {\n    organisationMetrics(organisationId: $organisationId, period: $period) {\n      ...MetricsSummary\n    }\n  }\n": types.OrganisationMetricsReportDocument,
    "\n  fragment RunbookSummary on Runbook {\n    id\n    title\n    status\n    version\n    isTemplate\n    categories\n    latestVersionNumber\n    nextReviewAt\n    dueForReview\n    owner {\n      id\n      displayName\n    }\n  }\n": types.RunbookSummaryFragmentDoc,
    "\n  query OrganisationRunbooks($organisationId: ID!) {\n    runbooks(first: 100, filter: { organisationId: $organisationId, isTemplate: false }) {\n      nodes {\n        ...RunbookSummary\n      }\n    }\n    templates: runbooks(first: 100, filter: { isTemplate: true, status: APPROVED }) {\n      nodes {\n        ...RunbookSummary\n        description\n      }\n    }\n  }\n": types.OrganisationRunbooksDocument,
    "\n  fragment RunbookStepDetail on RunbookStep {\n    id\n    position\n    title\n    instructions\n    responsibleRole\n    function\n    designation\n    targetMinutes\n    clockAnchor\n    mandatory\n    dependsOn\n  }\n": types.RunbookStepDetailFragmentDoc,
    "\n  query RunbookDetail($id: ID!) {\n    runbook(id: $id) {\n      ...RunbookSummary\n      description\n      organisationId\n      submittedAt\n      submittedBy {\n        id\n        displayName\n      }\n      steps {\n        ...RunbookStepDetail\n      }\n      versions {\n        id\n        versionNumber\n        approvedAt\n        approvedBy {\n          id\n          displayName\n        }\n        submittedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.RunbookDetailDocument,
    "\n  query RunbookOwnerCandidates($runbookId: ID!, $search: String) {\n    runbookOwnerCandidates(runbookId: $runbookId, search: $search, first: 50) {\n      id\n      displayName\n      roles\n    }\n  }\n": types.RunbookOwnerCandidatesDocument,
    "\n  mutation CreateRunbook($input: CreateRunbookInput!) {\n    createRunbook(input: $input) {\n      id\n    }\n  }\n": types.CreateRunbookDocument,
    "\n  mutation AdoptTemplate($input: AdoptTemplateInput!) {\n    adoptTemplate(input: $input) {\n      id\n    }\n  }\n": types.AdoptTemplateDocument,
    "\n  mutation AddRunbookStep($input: AddRunbookStepInput!) {\n    addRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddRunbookStepDocument,
    "\n  mutation RemoveRunbookStep($input: RemoveRunbookStepInput!) {\n    removeRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n": types.RemoveRunbookStepDocument,
    "\n  mutation SetRunbookOwner($input: SetRunbookOwnerInput!) {\n    setRunbookOwner(input: $input) {\n      id\n      version\n    }\n  }\n": types.SetRunbookOwnerDocument,
    "\n  mutation SubmitRunbookForReview($input: RunbookRefInput!) {\n    submitRunbookForReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitRunbookForReviewDocument,
    "\n  mutation ApproveRunbook($input: RunbookRefInput!) {\n    approveRunbook(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveRunbookDocument,
    "\n  mutation ReturnRunbookToDraft($input: ReturnRunbookToDraftInput!) {\n    returnRunbookToDraft(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReturnRunbookToDraftDocument,
    "\n  mutation ReviseRunbook($input: RunbookRefInput!) {\n    reviseRunbook(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReviseRunbookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      label\n      user {\n        id\n        displayName\n        email\n      }\n      grants {\n        role\n        organisation {\n          id\n          name\n          odsCode\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      label\n      user {\n        id\n        displayName\n        email\n      }\n      grants {\n        role\n        organisation {\n          id\n          name\n          odsCode\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    chainId\n    occurredAt\n    action\n    summary\n    entityType\n    entityId\n    organisationId\n    roles\n    actor {\n      id\n      label\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    chainId\n    occurredAt\n    action\n    summary\n    entityType\n    entityId\n    organisationId\n    roles\n    actor {\n      id\n      label\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditTrailFilter, $first: Int!, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditTrailFilter, $first: Int!, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHistory($entityType: String!, $entityId: String!, $first: Int!, $after: String) {\n    auditHistory(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n        changes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditHistory($entityType: String!, $entityId: String!, $first: Int!, $after: String) {\n    auditHistory(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      nodes {\n        ...AuditEventRow\n        changes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($organisationId: ID) {\n    verifyAuditChain(organisationId: $organisationId) {\n      chainId\n      valid\n      checked\n      firstBrokenSeq\n      reason\n      headHash\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain($organisationId: ID) {\n    verifyAuditChain(organisationId: $organisationId) {\n      chainId\n      valid\n      checked\n      firstBrokenSeq\n      reason\n      headHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardIncident on Incident {\n    id\n    reference\n    title\n    status\n    level\n    type\n    scope\n    category\n    reportedAt\n    declaredAt\n    nextSitRepDueAt\n    sitRepOverdue\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BoardIncident on Incident {\n    id\n    reference\n    title\n    status\n    level\n    type\n    scope\n    category\n    reportedAt\n    declaredAt\n    nextSitRepDueAt\n    sitRepOverdue\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($first: Int!, $after: String) {\n    incidents(first: $first, after: $after) {\n      nodes {\n        ...BoardIncident\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board($first: Int!, $after: String) {\n    incidents(first: $first, after: $after) {\n      nodes {\n        ...BoardIncident\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardChanged {\n    incidentsChanged {\n      ...BoardIncident\n    }\n  }\n"): (typeof documents)["\n  subscription BoardChanged {\n    incidentsChanged {\n      ...BoardIncident\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFormData {\n    incidentCategories {\n      category\n      group\n      words\n    }\n  }\n"): (typeof documents)["\n  query ReportFormData {\n    incidentCategories {\n      category\n      group\n      words\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsPage($after: String) {\n    organisations(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        odsCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsPage($after: String) {\n    organisations(first: 100, after: $after) {\n      nodes {\n        id\n        name\n        odsCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...BoardIncident\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IgThreadSummary on IgThread {\n    id\n    incidentId\n    incidentReference\n    organisation {\n      id\n      name\n    }\n    awarenessAt\n    awarenessLondon\n    deadlineAt\n    deadlineLondon\n    deadlineStatus\n    contentVisible\n    currentDecisions {\n      id\n      type\n      outcome\n    }\n  }\n"): (typeof documents)["\n  fragment IgThreadSummary on IgThread {\n    id\n    incidentId\n    incidentReference\n    organisation {\n      id\n      name\n    }\n    awarenessAt\n    awarenessLondon\n    deadlineAt\n    deadlineLondon\n    deadlineStatus\n    contentVisible\n    currentDecisions {\n      id\n      type\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IgDecisionView on IgDecision {\n    id\n    type\n    outcome\n    current\n    decidedAt\n    recordedAt\n    reviewAt\n    supersedesDecisionId\n    supersededByDecisionId\n    content {\n      dataCategories\n      specialCategory\n      childrenOrVulnerable\n      approxDataSubjects\n      approxRecords\n      likelihood\n      likelihoodLabel\n      severity\n      severityLabel\n      suggestedReportable\n      againstSuggestionReason\n      rationale\n      legalBasis\n      consulted\n      consultationNotes\n      supersedeReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IgDecisionView on IgDecision {\n    id\n    type\n    outcome\n    current\n    decidedAt\n    recordedAt\n    reviewAt\n    supersedesDecisionId\n    supersededByDecisionId\n    content {\n      dataCategories\n      specialCategory\n      childrenOrVulnerable\n      approxDataSubjects\n      approxRecords\n      likelihood\n      likelihoodLabel\n      severity\n      severityLabel\n      suggestedReportable\n      againstSuggestionReason\n      rationale\n      legalBasis\n      consulted\n      consultationNotes\n      supersedeReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IgDesk($first: Int!, $after: String) {\n    igDeadlines(first: 50) {\n      nodes {\n        ...IgThreadSummary\n      }\n    }\n    incidents(first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        status\n        personalDataInvolved\n        igThreads {\n          ...IgThreadSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query IgDesk($first: Int!, $after: String) {\n    igDeadlines(first: 50) {\n      nodes {\n        ...IgThreadSummary\n      }\n    }\n    incidents(first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        status\n        personalDataInvolved\n        igThreads {\n          ...IgThreadSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IgThreadDetail($id: ID!) {\n    igThread(id: $id) {\n      ...IgThreadSummary\n      detectedAt\n      openedAt\n      seniorManagement {\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      processor {\n        name\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      currentDecisions {\n        ...IgDecisionView\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n        content {\n          externalReference\n          details\n          delayReason\n        }\n      }\n    }\n    igDecisionHistory(threadId: $id) {\n      ...IgDecisionView\n    }\n  }\n"): (typeof documents)["\n  query IgThreadDetail($id: ID!) {\n    igThread(id: $id) {\n      ...IgThreadSummary\n      detectedAt\n      openedAt\n      seniorManagement {\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      processor {\n        name\n        dueAt\n        dueLondon\n        metAt\n        late\n      }\n      currentDecisions {\n        ...IgDecisionView\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n        content {\n          externalReference\n          details\n          delayReason\n        }\n      }\n    }\n    igDecisionHistory(threadId: $id) {\n      ...IgDecisionView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIgDecision($input: RecordIgDecisionInput!) {\n    recordIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIgDecision($input: RecordIgDecisionInput!) {\n    recordIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupersedeIgDecision($input: SupersedeIgDecisionInput!) {\n    supersedeIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n"): (typeof documents)["\n  mutation SupersedeIgDecision($input: SupersedeIgDecisionInput!) {\n    supersedeIgDecision(input: $input) {\n      ...IgDecisionView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIgNotification($input: RecordIgNotificationInput!) {\n    recordIgNotification(input: $input) {\n      id\n      recipient\n      phase\n      late\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIgNotification($input: RecordIgNotificationInput!) {\n    recordIgNotification(input: $input) {\n      id\n      recipient\n      phase\n      late\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IgThreadTimelineAdded($incidentId: ID!) {\n    incidentTimelineAdded(id: $incidentId) {\n      id\n      action\n    }\n  }\n"): (typeof documents)["\n  subscription IgThreadTimelineAdded($incidentId: ID!) {\n    incidentTimelineAdded(id: $incidentId) {\n      id\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsptGrading {\n    dsptGrading {\n      reportableMinLikelihood\n      reportableMinSeverity\n      likelihoodLabels\n      severityLabels\n    }\n  }\n"): (typeof documents)["\n  query DsptGrading {\n    dsptGrading {\n      reportableMinLikelihood\n      reportableMinSeverity\n      likelihoodLabels\n      severityLabels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandbyRoomIncident($input: TransitionIncidentInput!) {\n    standbyIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation StandbyRoomIncident($input: TransitionIncidentInput!) {\n    standbyIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareRoomIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareRoomIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContainRoomIncident($input: TransitionIncidentInput!) {\n    containIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation ContainRoomIncident($input: TransitionIncidentInput!) {\n    containIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecoverRoomIncident($input: TransitionIncidentInput!) {\n    recoverIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation RecoverRoomIncident($input: TransitionIncidentInput!) {\n    recoverIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandDownRoomIncident($input: TransitionIncidentInput!) {\n    standDownIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation StandDownRoomIncident($input: TransitionIncidentInput!) {\n    standDownIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRoomIncident($input: TransitionIncidentInput!) {\n    closeIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRoomIncident($input: TransitionIncidentInput!) {\n    closeIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRoomCoordinationCentre($input: TransitionIncidentInput!) {\n    openCoordinationCentre(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation OpenRoomCoordinationCentre($input: TransitionIncidentInput!) {\n    openCoordinationCentre(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRoomIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRoomIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRoomIncidentLevel($input: ChangeIncidentLevelInput!) {\n    changeIncidentLevel(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeRoomIncidentLevel($input: ChangeIncidentLevelInput!) {\n    changeIncidentLevel(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRoomIncidentRole($input: AssignIncidentRoleInput!) {\n    assignIncidentRole(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRoomIncidentRole($input: AssignIncidentRoleInput!) {\n    assignIncidentRole(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation AddRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    addAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    removeAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRoomAffectedOrganisation($input: AffectedOrganisationInput!) {\n    removeAffectedOrganisation(input: $input) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRoomMethane($input: SubmitMethaneInput!) {\n    submitMethane(input: $input) {\n      id\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRoomMethane($input: SubmitMethaneInput!) {\n    submitMethane(input: $input) {\n      id\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRoomSitRep($input: SubmitSitRepInput!) {\n    submitSitRep(input: $input) {\n      id\n      sequence\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRoomSitRep($input: SubmitSitRepInput!) {\n    submitSitRep(input: $input) {\n      id\n      sequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRoomCommandDecision($input: RecordCommandDecisionInput!) {\n    recordCommandDecision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRoomCommandDecision($input: RecordCommandDecisionInput!) {\n    recordCommandDecision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRoomLesson($input: RecordLessonInput!) {\n    recordLesson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRoomLesson($input: RecordLessonInput!) {\n    recordLesson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentRoom on Incident {\n    id\n    reference\n    title\n    description\n    status\n    level\n    type\n    scope\n    category\n    version\n    personalDataInvolved\n    reportedAt\n    declaredAt\n    coordinationCentreOpenedAt\n    nextSitRepDueAt\n    sitRepOverdue\n    lastSitRepAt\n    cancellationReason\n    availableActions {\n      action\n      summary\n      to\n      requires\n    }\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n    roles {\n      ...RoomRoleHolding\n    }\n    roleHistory {\n      ...RoomRoleHolding\n    }\n    reportedBy {\n      id\n      displayName\n      active\n    }\n    declaredBy {\n      id\n      displayName\n      active\n    }\n    methane {\n      id\n      revision\n      submittedAt\n      majorIncidentDeclared\n      exactLocation\n      typeOfIncident\n      hazards\n      access\n      numberOfCasualties\n      emergencyServices\n    }\n    latestSitRep {\n      id\n      sequence\n      template\n      level\n      submittedAt\n      fields {\n        name\n        label\n        value\n      }\n    }\n    decisions {\n      id\n      decidedAt\n      decision\n      rationale\n      information\n      riskAssessment\n      powersAndPolicy\n      optionsConsidered\n      reviewAt\n      revisitsDecisionId\n    }\n    lessons {\n      id\n      recordedAt\n      ownerFunction\n      whatHappened\n      whatToChange\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentRoom on Incident {\n    id\n    reference\n    title\n    description\n    status\n    level\n    type\n    scope\n    category\n    version\n    personalDataInvolved\n    reportedAt\n    declaredAt\n    coordinationCentreOpenedAt\n    nextSitRepDueAt\n    sitRepOverdue\n    lastSitRepAt\n    cancellationReason\n    availableActions {\n      action\n      summary\n      to\n      requires\n    }\n    leadOrganisation {\n      id\n      name\n    }\n    affectedOrganisations {\n      id\n      name\n    }\n    roles {\n      ...RoomRoleHolding\n    }\n    roleHistory {\n      ...RoomRoleHolding\n    }\n    reportedBy {\n      id\n      displayName\n      active\n    }\n    declaredBy {\n      id\n      displayName\n      active\n    }\n    methane {\n      id\n      revision\n      submittedAt\n      majorIncidentDeclared\n      exactLocation\n      typeOfIncident\n      hazards\n      access\n      numberOfCasualties\n      emergencyServices\n    }\n    latestSitRep {\n      id\n      sequence\n      template\n      level\n      submittedAt\n      fields {\n        name\n        label\n        value\n      }\n    }\n    decisions {\n      id\n      decidedAt\n      decision\n      rationale\n      information\n      riskAssessment\n      powersAndPolicy\n      optionsConsidered\n      reviewAt\n      revisitsDecisionId\n    }\n    lessons {\n      id\n      recordedAt\n      ownerFunction\n      whatHappened\n      whatToChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomRoleHolding on IncidentRoleHolding {\n    id\n    role\n    startedAt\n    endedAt\n    holder {\n      id\n      displayName\n      active\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RoomRoleHolding on IncidentRoleHolding {\n    id\n    role\n    startedAt\n    endedAt\n    holder {\n      id\n      displayName\n      active\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentRoom($reference: String!) {\n    incidentByReference(reference: $reference) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  query IncidentRoom($reference: String!) {\n    incidentByReference(reference: $reference) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentRoomChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentRoom\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentRoomChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentRoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomTimelineEntry on TimelineEntry {\n    id\n    action\n    actorLabel\n    occurredAt\n    summary\n    manual\n    text\n    entryId\n    correctsEntryId\n  }\n"): (typeof documents)["\n  fragment RoomTimelineEntry on TimelineEntry {\n    id\n    action\n    actorLabel\n    occurredAt\n    summary\n    manual\n    text\n    entryId\n    correctsEntryId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentRoomTimeline($incidentId: ID!, $after: String) {\n    incidentTimeline(incidentId: $incidentId, first: 50, after: $after, order: NEWEST_FIRST) {\n      nodes {\n        ...RoomTimelineEntry\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentRoomTimeline($incidentId: ID!, $after: String) {\n    incidentTimeline(incidentId: $incidentId, first: 50, after: $after, order: NEWEST_FIRST) {\n      nodes {\n        ...RoomTimelineEntry\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentRoomTimelineAdded($id: ID!) {\n    incidentTimelineAdded(id: $id) {\n      ...RoomTimelineEntry\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentRoomTimelineAdded($id: ID!) {\n    incidentTimelineAdded(id: $id) {\n      ...RoomTimelineEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRoomTimelineEntry($input: AddTimelineEntryInput!) {\n    addTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n"): (typeof documents)["\n  mutation AddRoomTimelineEntry($input: AddTimelineEntryInput!) {\n    addTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectRoomTimelineEntry($input: CorrectTimelineEntryInput!) {\n    correctTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectRoomTimelineEntry($input: CorrectTimelineEntryInput!) {\n    correctTimelineEntry(input: $input) {\n      ...RoomTimelineEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentRoomIgThreads($incidentId: ID!) {\n    igThreads(incidentId: $incidentId) {\n      id\n      organisation {\n        id\n        name\n      }\n      awarenessLondon\n      deadlineAt\n      deadlineLondon\n      deadlineStatus\n      contentVisible\n      currentDecisions {\n        id\n        type\n        outcome\n        decidedAt\n        content {\n          rationale\n          severityLabel\n          likelihoodLabel\n          suggestedReportable\n          decidedBy {\n            displayName\n          }\n        }\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentRoomIgThreads($incidentId: ID!) {\n    igThreads(incidentId: $incidentId) {\n      id\n      organisation {\n        id\n        name\n      }\n      awarenessLondon\n      deadlineAt\n      deadlineLondon\n      deadlineStatus\n      contentVisible\n      currentDecisions {\n        id\n        type\n        outcome\n        decidedAt\n        content {\n          rationale\n          severityLabel\n          likelihoodLabel\n          suggestedReportable\n          decidedBy {\n            displayName\n          }\n        }\n      }\n      notifications {\n        id\n        recipient\n        phase\n        notifiedAt\n        late\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentRoomRunbooks($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      runbookActivations {\n        id\n        runbookTitle\n        versionNumber\n        organisationName\n        activatedAt\n        activatedBy {\n          id\n          displayName\n        }\n        assignmentCounts {\n          status\n          count\n        }\n      }\n    }\n    assignments(first: 100, filter: { incidentId: $incidentId }) {\n      nodes {\n        id\n        title\n        status\n        dueAt\n        overdue\n        mandatory\n        organisation {\n          id\n          name\n        }\n        assignee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        source {\n          kind\n          activationId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    suggestedRunbooks(incidentId: $incidentId) {\n      organisations {\n        organisationId\n        organisationName\n        runbooks {\n          id\n          title\n          versionNumber\n        }\n      }\n      organisationsWithNone\n    }\n  }\n"): (typeof documents)["\n  query IncidentRoomRunbooks($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      runbookActivations {\n        id\n        runbookTitle\n        versionNumber\n        organisationName\n        activatedAt\n        activatedBy {\n          id\n          displayName\n        }\n        assignmentCounts {\n          status\n          count\n        }\n      }\n    }\n    assignments(first: 100, filter: { incidentId: $incidentId }) {\n      nodes {\n        id\n        title\n        status\n        dueAt\n        overdue\n        mandatory\n        organisation {\n          id\n          name\n        }\n        assignee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        source {\n          kind\n          activationId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    suggestedRunbooks(incidentId: $incidentId) {\n      organisations {\n        organisationId\n        organisationName\n        runbooks {\n          id\n          title\n          versionNumber\n        }\n      }\n      organisationsWithNone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateRoomRunbook($input: ActivateRunbookInput!) {\n    activateRunbook(input: $input) {\n      id\n      runbookId\n      organisationId\n      versionNumber\n      assignmentIds\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateRoomRunbook($input: ActivateRunbookInput!) {\n    activateRunbook(input: $input) {\n      id\n      runbookId\n      organisationId\n      versionNumber\n      assignmentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommandRoleCandidates($incidentId: ID!, $role: CommandRole!, $organisationId: ID, $search: String) {\n    commandRoleCandidates(\n      incidentId: $incidentId\n      role: $role\n      organisationId: $organisationId\n      search: $search\n      first: 50\n    ) {\n      id\n      displayName\n      organisations {\n        name\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommandRoleCandidates($incidentId: ID!, $role: CommandRole!, $organisationId: ID, $search: String) {\n    commandRoleCandidates(\n      incidentId: $incidentId\n      role: $role\n      organisationId: $organisationId\n      search: $search\n      first: 50\n    ) {\n      id\n      displayName\n      organisations {\n        name\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitRepTemplates {\n    sitRepTemplates {\n      template\n      name\n      fields {\n        name\n        label\n        hint\n      }\n    }\n  }\n"): (typeof documents)["\n  query SitRepTemplates {\n    sitRepTemplates {\n      template\n      name\n      fields {\n        name\n        label\n        hint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAssignment on Assignment {\n    id\n    title\n    description\n    status\n    statusReason\n    priority\n    mandatory\n    dueAt\n    overdue\n    createdAt\n    version\n    organisation {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    evidence {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment MyAssignment on Assignment {\n    id\n    title\n    description\n    status\n    statusReason\n    priority\n    mandatory\n    dueAt\n    overdue\n    createdAt\n    version\n    organisation {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    evidence {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignments($first: Int!, $after: String) {\n    myAssignments(first: $first, after: $after) {\n      nodes {\n        ...MyAssignment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssignments($first: Int!, $after: String) {\n    myAssignments(first: $first, after: $after) {\n      nodes {\n        ...MyAssignment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyAssignmentsChanged {\n    assignmentsChanged {\n      ...MyAssignment\n    }\n  }\n"): (typeof documents)["\n  subscription MyAssignmentsChanged {\n    assignmentsChanged {\n      ...MyAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeMyAssignment($input: AssignmentNoteInput!) {\n    acknowledgeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeMyAssignment($input: AssignmentNoteInput!) {\n    acknowledgeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMyAssignment($input: AssignmentNoteInput!) {\n    startAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation StartMyAssignment($input: AssignmentNoteInput!) {\n    startAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockMyAssignment($input: AssignmentNoteInput!) {\n    unblockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockMyAssignment($input: AssignmentNoteInput!) {\n    unblockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockMyAssignment($input: AssignmentReasonInput!) {\n    blockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation BlockMyAssignment($input: AssignmentReasonInput!) {\n    blockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMyAssignment($input: CompleteAssignmentInput!) {\n    completeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMyAssignment($input: CompleteAssignmentInput!) {\n    completeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        urgent\n        createdAt\n        readAt\n        about {\n          entityType\n          entityId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        title\n        body\n        urgent\n        createdAt\n        readAt\n        about {\n          entityType\n          entityId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageSummary on Page {\n    id\n    status\n    duty\n    level\n    message\n    raisedAt\n    acknowledgedAt\n    incidentReference\n    organisationName\n    secondsToAcknowledge\n    pagedPerson {\n      userId\n      displayName\n    }\n    acknowledgedBy {\n      userId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PageSummary on Page {\n    id\n    status\n    duty\n    level\n    message\n    raisedAt\n    acknowledgedAt\n    incidentReference\n    organisationName\n    secondsToAcknowledge\n    pagedPerson {\n      userId\n      displayName\n    }\n    acknowledgedBy {\n      userId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallBoard($organisationId: ID!) {\n    rotas(organisationId: $organisationId) {\n      id\n      name\n      duty\n      deputy\n      onCallNow {\n        userId\n        displayName\n      }\n      layers {\n        id\n        name\n        participants {\n          userId\n          displayName\n        }\n      }\n      overrides {\n        id\n        startsAt\n        endsAt\n        reason\n        person {\n          displayName\n        }\n      }\n    }\n    pages(first: 50) {\n      nodes {\n        ...PageSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnCallBoard($organisationId: ID!) {\n    rotas(organisationId: $organisationId) {\n      id\n      name\n      duty\n      deputy\n      onCallNow {\n        userId\n        displayName\n      }\n      layers {\n        id\n        name\n        participants {\n          userId\n          displayName\n        }\n      }\n      overrides {\n        id\n        startsAt\n        endsAt\n        reason\n        person {\n          displayName\n        }\n      }\n    }\n    pages(first: 50) {\n      nodes {\n        ...PageSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgePage($input: AcknowledgePageInput!) {\n    acknowledgePage(input: $input) {\n      ...PageSummary\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgePage($input: AcknowledgePageInput!) {\n    acknowledgePage(input: $input) {\n      ...PageSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PageRaised {\n    pageRaised {\n      ...PageSummary\n    }\n  }\n"): (typeof documents)["\n  subscription PageRaised {\n    pageRaised {\n      ...PageSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemReadinessMatrix {\n    systemReadiness {\n      evaluatedAt\n      score\n      organisations {\n        id\n        name\n        odsCode\n        kind\n        score\n        gapCount\n      }\n      categories {\n        category\n        score\n        gapCount\n      }\n      cells {\n        organisationId\n        category\n        status\n        score\n        gapCount\n        runbookCount\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n"): (typeof documents)["\n  query SystemReadinessMatrix {\n    systemReadiness {\n      evaluatedAt\n      score\n      organisations {\n        id\n        name\n        odsCode\n        kind\n        score\n        gapCount\n      }\n      categories {\n        category\n        score\n        gapCount\n      }\n      cells {\n        organisationId\n        category\n        status\n        score\n        gapCount\n        runbookCount\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationReadinessDetail($organisationId: ID!) {\n    readiness(organisationId: $organisationId) {\n      evaluatedAt\n      score\n      gaps\n      organisation {\n        id\n        name\n        odsCode\n      }\n      categories {\n        category\n        status\n        score\n        gaps\n        runbookIds\n      }\n      runbooks {\n        runbookId\n        title\n        status\n        score\n        gaps\n        approvedVersionNumber\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n"): (typeof documents)["\n  query OrganisationReadinessDetail($organisationId: ID!) {\n    readiness(organisationId: $organisationId) {\n      evaluatedAt\n      score\n      gaps\n      organisation {\n        id\n        name\n        odsCode\n      }\n      categories {\n        category\n        status\n        score\n        gaps\n        runbookIds\n      }\n      runbooks {\n        runbookId\n        title\n        status\n        score\n        gaps\n        approvedVersionNumber\n      }\n    }\n    incidentCategories {\n      category\n      words\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricsSummary on Metrics {\n    organisationName\n    period {\n      label\n      asAt\n    }\n    incidents {\n      total\n      byType {\n        key\n        count\n      }\n      reportedToDeclared {\n        count\n        medianMinutes\n      }\n    }\n    assignments {\n      all {\n        open\n        overdue\n        done\n        doneOnTimePercent\n      }\n    }\n    informationGovernance {\n      threads\n      decidedWithin72HoursPercent\n      late\n      undecided\n    }\n    onCall {\n      all {\n        pages\n        acknowledged\n        medianSecondsToAcknowledge\n      }\n    }\n    readiness {\n      score\n    }\n    trend {\n      months\n      series {\n        metric\n        values\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MetricsSummary on Metrics {\n    organisationName\n    period {\n      label\n      asAt\n    }\n    incidents {\n      total\n      byType {\n        key\n        count\n      }\n      reportedToDeclared {\n        count\n        medianMinutes\n      }\n    }\n    assignments {\n      all {\n        open\n        overdue\n        done\n        doneOnTimePercent\n      }\n    }\n    informationGovernance {\n      threads\n      decidedWithin72HoursPercent\n      late\n      undecided\n    }\n    onCall {\n      all {\n        pages\n        acknowledged\n        medianSecondsToAcknowledge\n      }\n    }\n    readiness {\n      score\n    }\n    trend {\n      months\n      series {\n        metric\n        values\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemMetricsReport($period: MetricsPeriodInput!) {\n    systemMetrics(period: $period) {\n      ...MetricsSummary\n    }\n  }\n"): (typeof documents)["\n  query SystemMetricsReport($period: MetricsPeriodInput!) {\n    systemMetrics(period: $period) {\n      ...MetricsSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMetricsReport($organisationId: ID!, $period: MetricsPeriodInput!) {\n    organisationMetrics(organisationId: $organisationId, period: $period) {\n      ...MetricsSummary\n    }\n  }\n"): (typeof documents)["\n  query OrganisationMetricsReport($organisationId: ID!, $period: MetricsPeriodInput!) {\n    organisationMetrics(organisationId: $organisationId, period: $period) {\n      ...MetricsSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunbookSummary on Runbook {\n    id\n    title\n    status\n    version\n    isTemplate\n    categories\n    latestVersionNumber\n    nextReviewAt\n    dueForReview\n    owner {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RunbookSummary on Runbook {\n    id\n    title\n    status\n    version\n    isTemplate\n    categories\n    latestVersionNumber\n    nextReviewAt\n    dueForReview\n    owner {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationRunbooks($organisationId: ID!) {\n    runbooks(first: 100, filter: { organisationId: $organisationId, isTemplate: false }) {\n      nodes {\n        ...RunbookSummary\n      }\n    }\n    templates: runbooks(first: 100, filter: { isTemplate: true, status: APPROVED }) {\n      nodes {\n        ...RunbookSummary\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationRunbooks($organisationId: ID!) {\n    runbooks(first: 100, filter: { organisationId: $organisationId, isTemplate: false }) {\n      nodes {\n        ...RunbookSummary\n      }\n    }\n    templates: runbooks(first: 100, filter: { isTemplate: true, status: APPROVED }) {\n      nodes {\n        ...RunbookSummary\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunbookStepDetail on RunbookStep {\n    id\n    position\n    title\n    instructions\n    responsibleRole\n    function\n    designation\n    targetMinutes\n    clockAnchor\n    mandatory\n    dependsOn\n  }\n"): (typeof documents)["\n  fragment RunbookStepDetail on RunbookStep {\n    id\n    position\n    title\n    instructions\n    responsibleRole\n    function\n    designation\n    targetMinutes\n    clockAnchor\n    mandatory\n    dependsOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunbookDetail($id: ID!) {\n    runbook(id: $id) {\n      ...RunbookSummary\n      description\n      organisationId\n      submittedAt\n      submittedBy {\n        id\n        displayName\n      }\n      steps {\n        ...RunbookStepDetail\n      }\n      versions {\n        id\n        versionNumber\n        approvedAt\n        approvedBy {\n          id\n          displayName\n        }\n        submittedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunbookDetail($id: ID!) {\n    runbook(id: $id) {\n      ...RunbookSummary\n      description\n      organisationId\n      submittedAt\n      submittedBy {\n        id\n        displayName\n      }\n      steps {\n        ...RunbookStepDetail\n      }\n      versions {\n        id\n        versionNumber\n        approvedAt\n        approvedBy {\n          id\n          displayName\n        }\n        submittedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunbookOwnerCandidates($runbookId: ID!, $search: String) {\n    runbookOwnerCandidates(runbookId: $runbookId, search: $search, first: 50) {\n      id\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query RunbookOwnerCandidates($runbookId: ID!, $search: String) {\n    runbookOwnerCandidates(runbookId: $runbookId, search: $search, first: 50) {\n      id\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRunbook($input: CreateRunbookInput!) {\n    createRunbook(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRunbook($input: CreateRunbookInput!) {\n    createRunbook(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptTemplate($input: AdoptTemplateInput!) {\n    adoptTemplate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptTemplate($input: AdoptTemplateInput!) {\n    adoptTemplate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRunbookStep($input: AddRunbookStepInput!) {\n    addRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddRunbookStep($input: AddRunbookStepInput!) {\n    addRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRunbookStep($input: RemoveRunbookStepInput!) {\n    removeRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRunbookStep($input: RemoveRunbookStepInput!) {\n    removeRunbookStep(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRunbookOwner($input: SetRunbookOwnerInput!) {\n    setRunbookOwner(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetRunbookOwner($input: SetRunbookOwnerInput!) {\n    setRunbookOwner(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRunbookForReview($input: RunbookRefInput!) {\n    submitRunbookForReview(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRunbookForReview($input: RunbookRefInput!) {\n    submitRunbookForReview(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRunbook($input: RunbookRefInput!) {\n    approveRunbook(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRunbook($input: RunbookRefInput!) {\n    approveRunbook(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnRunbookToDraft($input: ReturnRunbookToDraftInput!) {\n    returnRunbookToDraft(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnRunbookToDraft($input: ReturnRunbookToDraftInput!) {\n    returnRunbookToDraft(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseRunbook($input: RunbookRefInput!) {\n    reviseRunbook(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseRunbook($input: RunbookRefInput!) {\n    reviseRunbook(input: $input) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;