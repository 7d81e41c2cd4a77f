import { graphql } from '../../generated';

export const PageFields = graphql(`
  fragment PageSummary on Page {
    id
    status
    duty
    level
    message
    raisedAt
    acknowledgedAt
    incidentReference
    organisationName
    secondsToAcknowledge
    pagedPerson {
      userId
      displayName
    }
    acknowledgedBy {
      userId
      displayName
    }
  }
`);

export const OnCallQuery = graphql(`
  query OnCallBoard($organisationId: ID!) {
    rotas(organisationId: $organisationId) {
      id
      name
      duty
      deputy
      onCallNow {
        userId
        displayName
      }
      layers {
        id
        name
        participants {
          userId
          displayName
        }
      }
      overrides {
        id
        startsAt
        endsAt
        reason
        person {
          displayName
        }
      }
    }
    pages(first: 50) {
      nodes {
        ...PageSummary
      }
    }
  }
`);

export const AcknowledgePageMutation = graphql(`
  mutation AcknowledgePage($input: AcknowledgePageInput!) {
    acknowledgePage(input: $input) {
      ...PageSummary
    }
  }
`);

export const PageRaisedSubscription = graphql(`
  subscription PageRaised {
    pageRaised {
      ...PageSummary
    }
  }
`);
