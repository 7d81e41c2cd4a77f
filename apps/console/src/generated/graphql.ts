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

export const BoardIncidentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSitRepDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sitRepOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardIncidentFragment, unknown>;
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