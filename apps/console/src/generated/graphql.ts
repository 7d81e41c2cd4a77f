/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AffectedOrganisationInput = {
  incidentId: string | number;
  organisationId: string | number;
};

export type AssignmentNoteInput = {
  id: string | number;
  note?: string | null | undefined;
  /** The version you last saw; a newer one is a CONFLICT. */
  version: number;
};

export type AssignmentPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type AssignmentReasonInput = {
  id: string | number;
  /** Why (blocked on what, why cancelled or waived). */
  reason: string;
  /** The version you last saw; a newer one is a CONFLICT. */
  version: number;
};

/** OPEN → ACKNOWLEDGED → IN_PROGRESS ⇄ BLOCKED → DONE; or CANCELLED / WAIVED with a reason. */
export type AssignmentStatus =
  | 'ACKNOWLEDGED'
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'WAIVED';

export type CompleteAssignmentInput = {
  /** Evidence given with the completion (needed when mandatory and none was added). */
  evidence?: EvidenceInput | null | undefined;
  id: string | number;
  /** The version you last saw; a newer one is a CONFLICT. */
  version: number;
};

export type DeclareIncidentInput = {
  id: string | number;
  /** Defaults to the level reported. */
  level?: number | null | undefined;
  /** Required for a major incident; kept as the first METHANE revision. */
  methane?: MethaneInput | null | undefined;
  /** Defaults to the scope reported. */
  scope?: IncidentScope | null | undefined;
  /** Defaults to the type reported. */
  type?: IncidentType | null | undefined;
  /** The version you saw; a newer one on the server is a CONFLICT and nothing changes. */
  version: number;
};

export type EvidenceInput = {
  /** Links to what shows it (https). */
  links?: Array<string> | null | undefined;
  text: string;
};

/** Caldicott Guardian, SIRO, DPO. */
export type IgConsultee =
  | 'CALDICOTT_GUARDIAN'
  | 'DPO'
  | 'SIRO';

/** The personal data involved. */
export type IgDataInvolvedInput = {
  /** Approximate number of data subjects. */
  approxDataSubjects: number;
  /** Approximate number of records. */
  approxRecords: number;
  /** Categories of data (e.g. "health records", "contact details"). */
  categories: Array<string>;
  /** Data of children or vulnerable people. */
  childrenOrVulnerable: boolean;
  /** Special-category data (health, among others: Art. 9). */
  specialCategory: boolean;
};

/** The 72-hour clock: RUNNING (more than 24 h left), DUE_SOON, OVERDUE, NOTIFIED_IN_TIME, NOTIFIED_LATE, NOT_REPORTABLE. */
export type IgDeadlineStatus =
  | 'DUE_SOON'
  | 'NOTIFIED_IN_TIME'
  | 'NOTIFIED_LATE'
  | 'NOT_REPORTABLE'
  | 'OVERDUE'
  | 'RUNNING';

/** What was decided and why; never changed once recorded. */
export type IgDecisionDetailsInput = {
  /** Required when the outcome goes against what the grading suggests (see suggestedReportable). */
  againstSuggestionReason?: string | null | undefined;
  consultationNotes?: string | null | undefined;
  /** Who was consulted (patient data: the Caldicott Guardian and the SIRO). */
  consulted: Array<IgConsultee>;
  data: IgDataInvolvedInput;
  /** When it was decided; now by default. Never in the future. */
  decidedAt?: string | null | undefined;
  /** The legal basis relied on. */
  legalBasis: string;
  /** DSPT likelihood 1–5: not occurred, not likely, likely, highly likely, occurred. */
  likelihood: number;
  outcome: IgOutcome;
  /** Why (Art. 33(5): every breach is recorded with its reasoning, reported or not). */
  rationale: string;
  /** When to review it: required for DEFERRED_PENDING_FACTS, after the decision. */
  reviewAt?: string | null | undefined;
  /** DSPT severity 1–5: no adverse effect, minor, adverse, serious, catastrophic. */
  severity: number;
};

/** ICO_ART33: UK GDPR Art. 33 (ICO, 72 h); DATA_SUBJECTS_ART34: Art. 34; DSPT_REPORT: the DSPT incident report; NIS_NOTIFICATION: NIS Regulations 2018 reg. 11 (DHSC, 72 h); OTHER. */
export type IgDecisionType =
  | 'DATA_SUBJECTS_ART34'
  | 'DSPT_REPORT'
  | 'ICO_ART33'
  | 'NIS_NOTIFICATION'
  | 'OTHER';

/** REPORTABLE, NOT_REPORTABLE, or DEFERRED_PENDING_FACTS (with a review time). */
export type IgOutcome =
  | 'DEFERRED_PENDING_FACTS'
  | 'NOT_REPORTABLE'
  | 'REPORTABLE';

/** ICO, DSPT, the NIS competent authority (DHSC), the data subjects, or senior management. */
export type IgRecipient =
  | 'DATA_SUBJECTS'
  | 'DSPT'
  | 'ICO'
  | 'NIS_COMPETENT_AUTHORITY'
  | 'SENIOR_MANAGEMENT';

/** Incident categories, cyber first (ransomware, personal-data breach, DDoS, phishing/account compromise, supplier compromise, IT outage), then the other EPRR hazards (business continuity, heat, cold, flooding, mass casualty, CBRN/HAZMAT, infectious disease/pandemic, evacuation and shelter, power failure, water failure, fuel disruption, industrial action, mass gatherings), then other. The query incidentCategories gives each one its group. */
export type IncidentCategory =
  | 'ACCOUNT_COMPROMISE'
  | 'BUSINESS_CONTINUITY'
  | 'CBRN_HAZMAT'
  | 'COLD_WEATHER'
  | 'DATA_BREACH'
  | 'DDOS'
  | 'EVACUATION_AND_SHELTER'
  | 'FLOODING'
  | 'FUEL_DISRUPTION'
  | 'HEATWAVE'
  | 'INDUSTRIAL_ACTION'
  | 'INFECTIOUS_DISEASE'
  | 'IT_OUTAGE'
  | 'MASS_CASUALTY'
  | 'MASS_GATHERING'
  | 'OTHER'
  | 'POWER_FAILURE'
  | 'RANSOMWARE'
  | 'SUPPLIER_COMPROMISE'
  | 'WATER_FAILURE';

/** CYBER (cyber and digital) or NON_CYBER (the other EPRR hazards). */
export type IncidentCategoryGroup =
  | 'CYBER'
  | 'NON_CYBER';

/** One organisation, or system-wide (coordinated by the ICB). */
export type IncidentScope =
  | 'ORGANISATION'
  | 'SYSTEM_WIDE';

/** REPORTED → STANDBY → DECLARED → CONTAINED → RECOVERING → STOOD_DOWN → CLOSED; CANCELLED (with a reason) from REPORTED, STANDBY or DECLARED, then CLOSED. */
export type IncidentStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONTAINED'
  | 'DECLARED'
  | 'RECOVERING'
  | 'REPORTED'
  | 'STANDBY'
  | 'STOOD_DOWN';

/** NHS England EPRR incident type: business continuity, critical or major. */
export type IncidentType =
  | 'BUSINESS_CONTINUITY'
  | 'CRITICAL'
  | 'MAJOR';

export type MethaneInput = {
  /** A — Access and egress (for cyber: how to reach the affected systems, remote access). */
  access: string;
  /** E — Emergency services present and required (for cyber: CSOC, NCSC, police, suppliers). */
  emergencyServices: string;
  /** E — Exact location: sites, and for cyber the systems and networks. */
  exactLocation: string;
  /** H — Hazards, present and potential. */
  hazards: string;
  /** M — Major incident declared? */
  majorIncidentDeclared: boolean;
  /** N — Number and type of casualties (for cyber: patients, services and systems affected). */
  numberOfCasualties: string;
  /** T — Type of incident. */
  typeOfIncident: string;
};

/** The first decision of a type in a thread (a later one supersedes it). */
export type RecordIgDecisionInput = {
  decision: IgDecisionDetailsInput;
  threadId: string | number;
  type: IgDecisionType;
};

/** A notification made (or a further submission of information, Art. 33(4): the next phase). A first notification after its deadline needs the reasons for the delay. */
export type RecordIgNotificationInput = {
  /** The reasons for the delay: required when a first notification is late. */
  delayReason?: string | null | undefined;
  /** What was submitted in this phase. */
  details?: string | null | undefined;
  /** The authority's reference (required for the ICO, the DSPT and NIS). */
  externalReference?: string | null | undefined;
  /** When it was made; now by default. Never in the future. */
  notifiedAt?: string | null | undefined;
  recipient: IgRecipient;
  threadId: string | number;
};

export type ReportIncidentInput = {
  category: IncidentCategory;
  /** The reporter's idempotency key: a retry with the same key (per organisation) returns the same incident and writes nothing. */
  clientKey?: string | null | undefined;
  description?: string | null | undefined;
  level?: number | null | undefined;
  /** The reporting organisation, which leads the incident. */
  organisationId: string | number;
  personalDataInvolved?: boolean | null | undefined;
  scope?: IncidentScope | null | undefined;
  title: string;
  type?: IncidentType | null | undefined;
};

/** What a member may do in an organisation. */
export type Role =
  | 'AUDITOR'
  | 'EPRR_LEAD'
  | 'IG_OFFICER'
  | 'INCIDENT_COMMANDER'
  | 'ORG_ADMIN'
  | 'RESPONDER'
  | 'SYSTEM_ADMIN'
  | 'VIEWER';

/** A correction: a new decision of the same thread and type that supersedes the current one, with its reason. */
export type SupersedeIgDecisionInput = {
  decision: IgDecisionDetailsInput;
  /** The current decision it supersedes. */
  decisionId: string | number;
  /** Why the earlier decision no longer stands. */
  reason: string;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { label: string, user: { id: string, displayName: string, email: string } | null, grants: Array<{ role: Role, organisation: { id: string, name: string, odsCode: string }, team: { id: string, name: string } | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { notificationReceived: { id: string } };

export type BoardIncidentFragment = { id: string, reference: string, title: string, status: IncidentStatus, level: number, type: IncidentType, scope: IncidentScope, category: IncidentCategory, reportedAt: string, declaredAt: string | null, nextSitRepDueAt: string | null, sitRepOverdue: boolean, leadOrganisation: { id: string, name: string }, affectedOrganisations: Array<{ id: string, name: string }> };

export type BoardQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BoardQuery = { incidents: { nodes: Array<{ id: string, reference: string, title: string, status: IncidentStatus, level: number, type: IncidentType, scope: IncidentScope, category: IncidentCategory, reportedAt: string, declaredAt: string | null, nextSitRepDueAt: string | null, sitRepOverdue: boolean, leadOrganisation: { id: string, name: string }, affectedOrganisations: Array<{ id: string, name: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type BoardChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardChangedSubscription = { incidentsChanged: { id: string, reference: string, title: string, status: IncidentStatus, level: number, type: IncidentType, scope: IncidentScope, category: IncidentCategory, reportedAt: string, declaredAt: string | null, nextSitRepDueAt: string | null, sitRepOverdue: boolean, leadOrganisation: { id: string, name: string }, affectedOrganisations: Array<{ id: string, name: string }> } };

export type ReportFormDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportFormDataQuery = { incidentCategories: Array<{ category: IncidentCategory, group: IncidentCategoryGroup, words: string }> };

export type OrganisationsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OrganisationsPageQuery = { organisations: { nodes: Array<{ id: string, name: string, odsCode: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { version: number, id: string, reference: string, title: string, status: IncidentStatus, level: number, type: IncidentType, scope: IncidentScope, category: IncidentCategory, reportedAt: string, declaredAt: string | null, nextSitRepDueAt: string | null, sitRepOverdue: boolean, leadOrganisation: { id: string, name: string }, affectedOrganisations: Array<{ id: string, name: string }> } };

export type AddAffectedOrganisationMutationVariables = Exact<{
  input: AffectedOrganisationInput;
}>;


export type AddAffectedOrganisationMutation = { addAffectedOrganisation: { id: string, version: number } };

export type DeclareIncidentMutationVariables = Exact<{
  input: DeclareIncidentInput;
}>;


export type DeclareIncidentMutation = { declareIncident: { version: number, id: string, reference: string, title: string, status: IncidentStatus, level: number, type: IncidentType, scope: IncidentScope, category: IncidentCategory, reportedAt: string, declaredAt: string | null, nextSitRepDueAt: string | null, sitRepOverdue: boolean, leadOrganisation: { id: string, name: string }, affectedOrganisations: Array<{ id: string, name: string }> } };

export type IgThreadSummaryFragment = { id: string, incidentId: string, incidentReference: string, awarenessAt: string, awarenessLondon: string, deadlineAt: string, deadlineLondon: string, deadlineStatus: IgDeadlineStatus, contentVisible: boolean, organisation: { id: string, name: string }, currentDecisions: Array<{ id: string, type: IgDecisionType, outcome: IgOutcome }> };

export type IgDecisionViewFragment = { id: string, type: IgDecisionType, outcome: IgOutcome, current: boolean, decidedAt: string, recordedAt: string, reviewAt: string | null, supersedesDecisionId: string | null, supersededByDecisionId: string | null, content: { dataCategories: Array<string>, specialCategory: boolean, childrenOrVulnerable: boolean, approxDataSubjects: number, approxRecords: number, likelihood: number, likelihoodLabel: string, severity: number, severityLabel: string, suggestedReportable: boolean, againstSuggestionReason: string | null, rationale: string, legalBasis: string, consulted: Array<IgConsultee>, consultationNotes: string | null, supersedeReason: string | null, decidedBy: { id: string, displayName: string } } | null };

export type IgDeskQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type IgDeskQuery = { igDeadlines: { nodes: Array<{ id: string, incidentId: string, incidentReference: string, awarenessAt: string, awarenessLondon: string, deadlineAt: string, deadlineLondon: string, deadlineStatus: IgDeadlineStatus, contentVisible: boolean, organisation: { id: string, name: string }, currentDecisions: Array<{ id: string, type: IgDecisionType, outcome: IgOutcome }> }> }, incidents: { nodes: Array<{ id: string, reference: string, title: string, status: IncidentStatus, personalDataInvolved: boolean, igThreads: Array<{ id: string, incidentId: string, incidentReference: string, awarenessAt: string, awarenessLondon: string, deadlineAt: string, deadlineLondon: string, deadlineStatus: IgDeadlineStatus, contentVisible: boolean, organisation: { id: string, name: string }, currentDecisions: Array<{ id: string, type: IgDecisionType, outcome: IgOutcome }> }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type IgThreadDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IgThreadDetailQuery = { igThread: { detectedAt: string, openedAt: string, id: string, incidentId: string, incidentReference: string, awarenessAt: string, awarenessLondon: string, deadlineAt: string, deadlineLondon: string, deadlineStatus: IgDeadlineStatus, contentVisible: boolean, seniorManagement: { dueAt: string, dueLondon: string, metAt: string | null, late: boolean }, processor: { name: string, dueAt: string, dueLondon: string, metAt: string | null, late: boolean } | null, currentDecisions: Array<{ id: string, type: IgDecisionType, outcome: IgOutcome, current: boolean, decidedAt: string, recordedAt: string, reviewAt: string | null, supersedesDecisionId: string | null, supersededByDecisionId: string | null, content: { dataCategories: Array<string>, specialCategory: boolean, childrenOrVulnerable: boolean, approxDataSubjects: number, approxRecords: number, likelihood: number, likelihoodLabel: string, severity: number, severityLabel: string, suggestedReportable: boolean, againstSuggestionReason: string | null, rationale: string, legalBasis: string, consulted: Array<IgConsultee>, consultationNotes: string | null, supersedeReason: string | null, decidedBy: { id: string, displayName: string } } | null }>, notifications: Array<{ id: string, recipient: IgRecipient, phase: number, notifiedAt: string, late: boolean, content: { externalReference: string | null, details: string | null, delayReason: string | null } | null }>, organisation: { id: string, name: string } }, igDecisionHistory: Array<{ id: string, type: IgDecisionType, outcome: IgOutcome, current: boolean, decidedAt: string, recordedAt: string, reviewAt: string | null, supersedesDecisionId: string | null, supersededByDecisionId: string | null, content: { dataCategories: Array<string>, specialCategory: boolean, childrenOrVulnerable: boolean, approxDataSubjects: number, approxRecords: number, likelihood: number, likelihoodLabel: string, severity: number, severityLabel: string, suggestedReportable: boolean, againstSuggestionReason: string | null, rationale: string, legalBasis: string, consulted: Array<IgConsultee>, consultationNotes: string | null, supersedeReason: string | null, decidedBy: { id: string, displayName: string } } | null }> };

export type RecordIgDecisionMutationVariables = Exact<{
  input: RecordIgDecisionInput;
}>;


export type RecordIgDecisionMutation = { recordIgDecision: { id: string, type: IgDecisionType, outcome: IgOutcome, current: boolean, decidedAt: string, recordedAt: string, reviewAt: string | null, supersedesDecisionId: string | null, supersededByDecisionId: string | null, content: { dataCategories: Array<string>, specialCategory: boolean, childrenOrVulnerable: boolean, approxDataSubjects: number, approxRecords: number, likelihood: number, likelihoodLabel: string, severity: number, severityLabel: string, suggestedReportable: boolean, againstSuggestionReason: string | null, rationale: string, legalBasis: string, consulted: Array<IgConsultee>, consultationNotes: string | null, supersedeReason: string | null, decidedBy: { id: string, displayName: string } } | null } };

export type SupersedeIgDecisionMutationVariables = Exact<{
  input: SupersedeIgDecisionInput;
}>;


export type SupersedeIgDecisionMutation = { supersedeIgDecision: { id: string, type: IgDecisionType, outcome: IgOutcome, current: boolean, decidedAt: string, recordedAt: string, reviewAt: string | null, supersedesDecisionId: string | null, supersededByDecisionId: string | null, content: { dataCategories: Array<string>, specialCategory: boolean, childrenOrVulnerable: boolean, approxDataSubjects: number, approxRecords: number, likelihood: number, likelihoodLabel: string, severity: number, severityLabel: string, suggestedReportable: boolean, againstSuggestionReason: string | null, rationale: string, legalBasis: string, consulted: Array<IgConsultee>, consultationNotes: string | null, supersedeReason: string | null, decidedBy: { id: string, displayName: string } } | null } };

export type RecordIgNotificationMutationVariables = Exact<{
  input: RecordIgNotificationInput;
}>;


export type RecordIgNotificationMutation = { recordIgNotification: { id: string, recipient: IgRecipient, phase: number, late: boolean } };

export type IgThreadTimelineAddedSubscriptionVariables = Exact<{
  incidentId: string | number;
}>;


export type IgThreadTimelineAddedSubscription = { incidentTimelineAdded: { id: string, action: string } };

export type MyAssignmentFragment = { id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> };

export type MyAssignmentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyAssignmentsQuery = { myAssignments: { nodes: Array<{ id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MyAssignmentsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyAssignmentsChangedSubscription = { assignmentsChanged: { id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> } };

export type AcknowledgeMyAssignmentMutationVariables = Exact<{
  input: AssignmentNoteInput;
}>;


export type AcknowledgeMyAssignmentMutation = { acknowledgeAssignment: { id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> } };

export type StartMyAssignmentMutationVariables = Exact<{
  input: AssignmentNoteInput;
}>;


export type StartMyAssignmentMutation = { startAssignment: { id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> } };

export type UnblockMyAssignmentMutationVariables = Exact<{
  input: AssignmentNoteInput;
}>;


export type UnblockMyAssignmentMutation = { unblockAssignment: { id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> } };

export type BlockMyAssignmentMutationVariables = Exact<{
  input: AssignmentReasonInput;
}>;


export type BlockMyAssignmentMutation = { blockAssignment: { id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> } };

export type CompleteMyAssignmentMutationVariables = Exact<{
  input: CompleteAssignmentInput;
}>;


export type CompleteMyAssignmentMutation = { completeAssignment: { id: string, title: string, description: string, status: AssignmentStatus, statusReason: string | null, priority: AssignmentPriority, mandatory: boolean, dueAt: string | null, overdue: boolean, createdAt: string, version: number, organisation: { id: string, name: string }, team: { id: string, name: string } | null, assignee: { id: string, name: string } | null, evidence: Array<{ id: string }> } };

export const BoardIncidentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSitRepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sitRepOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardIncidentFragment, unknown>;
export const IgThreadSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IgThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentReference"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awarenessAt"}},{"kind":"Field","name":{"kind":"Name","value":"awarenessLondon"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineLondon"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<IgThreadSummaryFragment, unknown>;
export const IgDecisionViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IgDecisionView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"specialCategory"}},{"kind":"Field","name":{"kind":"Name","value":"childrenOrVulnerable"}},{"kind":"Field","name":{"kind":"Name","value":"approxDataSubjects"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"likelihoodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"severityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReportable"}},{"kind":"Field","name":{"kind":"Name","value":"againstSuggestionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<IgDecisionViewFragment, unknown>;
export const MyAssignmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyAssignmentFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardIncident"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSitRepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sitRepOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardIncident"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSitRepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sitRepOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardChangedSubscription, BoardChangedSubscriptionVariables>;
export const ReportFormDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFormData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"words"}}]}}]}}]} as unknown as DocumentNode<ReportFormDataQuery, ReportFormDataQueryVariables>;
export const OrganisationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsPageQuery, OrganisationsPageQueryVariables>;
export const ReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardIncident"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSitRepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sitRepOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const AddAffectedOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAffectedOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AffectedOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAffectedOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddAffectedOrganisationMutation, AddAffectedOrganisationMutationVariables>;
export const DeclareIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardIncident"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSitRepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sitRepOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeclareIncidentMutation, DeclareIncidentMutationVariables>;
export const IgDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IgDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"igDeadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IgThreadSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"igThreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IgThreadSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IgThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentReference"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awarenessAt"}},{"kind":"Field","name":{"kind":"Name","value":"awarenessLondon"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineLondon"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<IgDeskQuery, IgDeskQueryVariables>;
export const IgThreadDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IgThreadDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"igThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IgThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"seniorManagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueLondon"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueLondon"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IgDecisionView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"delayReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"igDecisionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IgDecisionView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IgThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentReference"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awarenessAt"}},{"kind":"Field","name":{"kind":"Name","value":"awarenessLondon"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineLondon"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IgDecisionView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"specialCategory"}},{"kind":"Field","name":{"kind":"Name","value":"childrenOrVulnerable"}},{"kind":"Field","name":{"kind":"Name","value":"approxDataSubjects"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"likelihoodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"severityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReportable"}},{"kind":"Field","name":{"kind":"Name","value":"againstSuggestionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<IgThreadDetailQuery, IgThreadDetailQueryVariables>;
export const RecordIgDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIgDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIgDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIgDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IgDecisionView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IgDecisionView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"specialCategory"}},{"kind":"Field","name":{"kind":"Name","value":"childrenOrVulnerable"}},{"kind":"Field","name":{"kind":"Name","value":"approxDataSubjects"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"likelihoodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"severityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReportable"}},{"kind":"Field","name":{"kind":"Name","value":"againstSuggestionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIgDecisionMutation, RecordIgDecisionMutationVariables>;
export const SupersedeIgDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupersedeIgDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupersedeIgDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supersedeIgDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IgDecisionView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IgDecisionView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IgDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"specialCategory"}},{"kind":"Field","name":{"kind":"Name","value":"childrenOrVulnerable"}},{"kind":"Field","name":{"kind":"Name","value":"approxDataSubjects"}},{"kind":"Field","name":{"kind":"Name","value":"approxRecords"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"likelihoodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"severityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReportable"}},{"kind":"Field","name":{"kind":"Name","value":"againstSuggestionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SupersedeIgDecisionMutation, SupersedeIgDecisionMutationVariables>;
export const RecordIgNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIgNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIgNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIgNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]} as unknown as DocumentNode<RecordIgNotificationMutation, RecordIgNotificationMutationVariables>;
export const IgThreadTimelineAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IgThreadTimelineAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentTimelineAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<IgThreadTimelineAddedSubscription, IgThreadTimelineAddedSubscriptionVariables>;
export const MyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const MyAssignmentsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyAssignmentsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyAssignmentsChangedSubscription, MyAssignmentsChangedSubscriptionVariables>;
export const AcknowledgeMyAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeMyAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMyAssignmentMutation, AcknowledgeMyAssignmentMutationVariables>;
export const StartMyAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMyAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartMyAssignmentMutation, StartMyAssignmentMutationVariables>;
export const UnblockMyAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnblockMyAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnblockMyAssignmentMutation, UnblockMyAssignmentMutationVariables>;
export const BlockMyAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockMyAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BlockMyAssignmentMutation, BlockMyAssignmentMutationVariables>;
export const CompleteMyAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMyAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CompleteMyAssignmentMutation, CompleteMyAssignmentMutationVariables>;