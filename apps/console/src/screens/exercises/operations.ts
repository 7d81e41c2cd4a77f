import { graphql } from '../../generated';

export const ExerciseSummaryFields = graphql(`
  fragment ExerciseSummary on Exercise {
    id
    type
    theme
    title
    heldAt
    organisingOrganisationId
    organisingOrganisationName
    participants {
      organisationId
      name
    }
    actionTracker {
      total
      closed
      overdue
      byStatus {
        status
        count
      }
    }
  }
`);

export const ExercisesListQuery = graphql(`
  query ExercisesList($first: Int!, $after: String, $filter: ExerciseFilter) {
    exercises(first: $first, after: $after, filter: $filter) {
      nodes {
        ...ExerciseSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const OrganisationExerciseComplianceQuery = graphql(`
  query OrganisationExerciseCompliance($organisationId: ID!) {
    exerciseCompliance(organisationId: $organisationId) {
      organisationId
      organisationName
      evaluatedAt
      types {
        type
        words
        intervalMonths
        nextDueAt
        status
        last {
          kind
          id
          title
          at
        }
      }
    }
  }
`);

export const ExerciseDetailQuery = graphql(`
  query ExerciseDetail($id: ID!) {
    exercise(id: $id) {
      id
      type
      theme
      title
      scenario
      heldAt
      version
      organisingOrganisationId
      organisingOrganisationName
      participants {
        organisationId
        name
        odsCode
      }
      runbooks {
        runbookId
        title
        organisationId
        versionNumber
      }
      findings {
        id
        title
        detail
        organisationId
        recordedAt
      }
      actionTracker {
        total
        closed
        overdue
        closedPercent
        overduePercent
        oldestOpenSince
        byStatus {
          status
          count
        }
        byOrganisation {
          organisationId
          organisationName
          total
          closed
          overdue
        }
      }
    }
  }
`);

export const ExerciseActionFields = graphql(`
  fragment ExerciseAction on ExerciseAction {
    id
    title
    status
    priority
    function
    dueAt
    overdue
    createdAt
    assignedToMe
    finding {
      id
      title
    }
    organisation {
      id
      name
    }
    team {
      id
      name
    }
    assignee {
      name
    }
  }
`);

export const ExerciseActionsQuery = graphql(`
  query ExerciseActions($exerciseId: ID!, $after: String) {
    exercise(id: $exerciseId) {
      id
      actions(first: 100, after: $after) {
        nodes {
          ...ExerciseAction
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const ExerciseRunbookChoicesQuery = graphql(`
  query ExerciseRunbookChoices($organisationId: ID!) {
    runbooks(first: 100, filter: { organisationId: $organisationId, isTemplate: false }) {
      nodes {
        id
        title
      }
    }
  }
`);

export const RecordExerciseMutation = graphql(`
  mutation RecordExercise($input: RecordExerciseInput!) {
    recordExercise(input: $input) {
      id
    }
  }
`);

export const RecordExerciseFindingMutation = graphql(`
  mutation RecordExerciseFinding($input: RecordExerciseFindingInput!) {
    recordExerciseFinding(input: $input) {
      id
    }
  }
`);

export const RaiseExerciseActionsMutation = graphql(`
  mutation RaiseExerciseActions($input: RaiseExerciseActionsInput!) {
    raiseExerciseActions(input: $input) {
      id
    }
  }
`);

export const ExerciseOrganisationTeamsQuery = graphql(`
  query ExerciseOrganisationTeams($id: ID!) {
    organisation(id: $id) {
      id
      teams {
        id
        name
        function
      }
    }
  }
`);
