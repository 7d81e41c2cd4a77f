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

export const RotaFields = graphql(`
  fragment RotaSummary on Rota {
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
`);

export const OnCallQuery = graphql(`
  query OnCallBoard($organisationId: ID!) {
    rotas(organisationId: $organisationId) {
      ...RotaSummary
    }
    pages(first: 50) {
      nodes {
        ...PageSummary
      }
    }
  }
`);

export const AddRotaOverrideMutation = graphql(`
  mutation AddRotaOverride($input: AddRotaOverrideInput!) {
    addRotaOverride(input: $input) {
      ...RotaSummary
    }
  }
`);

export const CancelRotaOverrideMutation = graphql(`
  mutation CancelRotaOverride($input: CancelRotaOverrideInput!) {
    cancelRotaOverride(input: $input) {
      ...RotaSummary
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
