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
    "\n  fragment MyAssignment on Assignment {\n    id\n    title\n    description\n    status\n    statusReason\n    priority\n    mandatory\n    dueAt\n    overdue\n    createdAt\n    version\n    organisation {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    evidence {\n      id\n    }\n  }\n": typeof types.MyAssignmentFragmentDoc,
    "\n  query MyAssignments($first: Int!, $after: String) {\n    myAssignments(first: $first, after: $after) {\n      nodes {\n        ...MyAssignment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyAssignmentsDocument,
    "\n  subscription MyAssignmentsChanged {\n    assignmentsChanged {\n      ...MyAssignment\n    }\n  }\n": typeof types.MyAssignmentsChangedDocument,
    "\n  mutation AcknowledgeMyAssignment($input: AssignmentNoteInput!) {\n    acknowledgeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.AcknowledgeMyAssignmentDocument,
    "\n  mutation StartMyAssignment($input: AssignmentNoteInput!) {\n    startAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.StartMyAssignmentDocument,
    "\n  mutation UnblockMyAssignment($input: AssignmentNoteInput!) {\n    unblockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.UnblockMyAssignmentDocument,
    "\n  mutation BlockMyAssignment($input: AssignmentReasonInput!) {\n    blockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.BlockMyAssignmentDocument,
    "\n  mutation CompleteMyAssignment($input: CompleteAssignmentInput!) {\n    completeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": typeof types.CompleteMyAssignmentDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      label\n      user {\n        id\n        displayName\n        email\n      }\n      grants {\n        role\n        organisation {\n          id\n          name\n          odsCode\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n    }\n  }\n": types.NotificationReceivedDocument,
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
    "\n  fragment MyAssignment on Assignment {\n    id\n    title\n    description\n    status\n    statusReason\n    priority\n    mandatory\n    dueAt\n    overdue\n    createdAt\n    version\n    organisation {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    evidence {\n      id\n    }\n  }\n": types.MyAssignmentFragmentDoc,
    "\n  query MyAssignments($first: Int!, $after: String) {\n    myAssignments(first: $first, after: $after) {\n      nodes {\n        ...MyAssignment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyAssignmentsDocument,
    "\n  subscription MyAssignmentsChanged {\n    assignmentsChanged {\n      ...MyAssignment\n    }\n  }\n": types.MyAssignmentsChangedDocument,
    "\n  mutation AcknowledgeMyAssignment($input: AssignmentNoteInput!) {\n    acknowledgeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.AcknowledgeMyAssignmentDocument,
    "\n  mutation StartMyAssignment($input: AssignmentNoteInput!) {\n    startAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.StartMyAssignmentDocument,
    "\n  mutation UnblockMyAssignment($input: AssignmentNoteInput!) {\n    unblockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.UnblockMyAssignmentDocument,
    "\n  mutation BlockMyAssignment($input: AssignmentReasonInput!) {\n    blockAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.BlockMyAssignmentDocument,
    "\n  mutation CompleteMyAssignment($input: CompleteAssignmentInput!) {\n    completeAssignment(input: $input) {\n      ...MyAssignment\n    }\n  }\n": types.CompleteMyAssignmentDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;