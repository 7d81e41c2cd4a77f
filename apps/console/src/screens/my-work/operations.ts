import { graphql } from '../../generated';

export const MyAssignmentFields = graphql(`
  fragment MyAssignment on Assignment {
    id
    title
    description
    status
    statusReason
    priority
    mandatory
    dueAt
    overdue
    createdAt
    version
    organisation {
      id
      name
    }
    team {
      id
      name
    }
    assignee {
      id
      name
    }
    evidence {
      id
    }
  }
`);

export const MyAssignmentsQuery = graphql(`
  query MyAssignments($first: Int!, $after: String) {
    myAssignments(first: $first, after: $after) {
      nodes {
        ...MyAssignment
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AssignmentsChangedSubscription = graphql(`
  subscription MyAssignmentsChanged {
    assignmentsChanged {
      ...MyAssignment
    }
  }
`);

export const AcknowledgeAssignmentMutation = graphql(`
  mutation AcknowledgeMyAssignment($input: AssignmentNoteInput!) {
    acknowledgeAssignment(input: $input) {
      ...MyAssignment
    }
  }
`);

export const StartAssignmentMutation = graphql(`
  mutation StartMyAssignment($input: AssignmentNoteInput!) {
    startAssignment(input: $input) {
      ...MyAssignment
    }
  }
`);

export const UnblockAssignmentMutation = graphql(`
  mutation UnblockMyAssignment($input: AssignmentNoteInput!) {
    unblockAssignment(input: $input) {
      ...MyAssignment
    }
  }
`);

export const BlockAssignmentMutation = graphql(`
  mutation BlockMyAssignment($input: AssignmentReasonInput!) {
    blockAssignment(input: $input) {
      ...MyAssignment
    }
  }
`);

export const CompleteAssignmentMutation = graphql(`
  mutation CompleteMyAssignment($input: CompleteAssignmentInput!) {
    completeAssignment(input: $input) {
      ...MyAssignment
    }
  }
`);
