import { graphql } from '../../generated';

export const SystemReadinessQuery = graphql(`
  query SystemReadinessMatrix {
    systemReadiness {
      evaluatedAt
      score
      organisations {
        id
        name
        odsCode
        kind
        score
        gapCount
      }
      categories {
        category
        score
        gapCount
      }
      cells {
        organisationId
        category
        status
        score
        gapCount
        runbookCount
      }
    }
    incidentCategories {
      category
      words
    }
  }
`);

export const OrganisationReadinessQuery = graphql(`
  query OrganisationReadinessDetail($organisationId: ID!) {
    readiness(organisationId: $organisationId) {
      evaluatedAt
      score
      gaps
      organisation {
        id
        name
        odsCode
      }
      categories {
        category
        status
        score
        gaps
        runbookIds
      }
      runbooks {
        runbookId
        title
        status
        score
        gaps
        approvedVersionNumber
      }
    }
    incidentCategories {
      category
      words
    }
  }
`);
