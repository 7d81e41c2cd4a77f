import { graphql } from '../../generated';

export const BoardIncidentFields = graphql(`
  fragment BoardIncident on Incident {
    id
    reference
    title
    status
    level
    type
    scope
    category
    reportedAt
    declaredAt
    nextSitRepDueAt
    sitRepOverdue
    leadOrganisation {
      id
      name
    }
    affectedOrganisations {
      id
      name
    }
  }
`);

export const BoardQuery = graphql(`
  query Board($first: Int!, $after: String) {
    incidents(first: $first, after: $after) {
      nodes {
        ...BoardIncident
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const BoardChangedSubscription = graphql(`
  subscription BoardChanged {
    incidentsChanged {
      ...BoardIncident
    }
  }
`);

export const ReportFormDataQuery = graphql(`
  query ReportFormData {
    incidentCategories {
      category
      group
      words
    }
  }
`);

export const ReportIncidentMutation = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      ...BoardIncident
      version
    }
  }
`);

export const AddAffectedOrganisationMutation = graphql(`
  mutation AddAffectedOrganisation($input: AffectedOrganisationInput!) {
    addAffectedOrganisation(input: $input) {
      id
      version
    }
  }
`);

export const DeclareIncidentMutation = graphql(`
  mutation DeclareIncident($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      ...BoardIncident
      version
    }
  }
`);
