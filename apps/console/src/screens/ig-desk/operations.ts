import { graphql } from '../../generated';

/** A thread as the desk lists it: whose, the clocks, the current position (no content). */
export const IgThreadSummaryFields = graphql(`
  fragment IgThreadSummary on IgThread {
    id
    incidentId
    incidentReference
    organisation {
      id
      name
    }
    awarenessAt
    awarenessLondon
    deadlineAt
    deadlineLondon
    deadlineStatus
    contentVisible
    currentDecisions {
      id
      type
      outcome
    }
  }
`);

export const IgDecisionFields = graphql(`
  fragment IgDecisionView on IgDecision {
    id
    type
    outcome
    current
    decidedAt
    recordedAt
    reviewAt
    supersedesDecisionId
    supersededByDecisionId
    content {
      dataCategories
      specialCategory
      childrenOrVulnerable
      approxDataSubjects
      approxRecords
      likelihood
      likelihoodLabel
      severity
      severityLabel
      suggestedReportable
      againstSuggestionReason
      rationale
      legalBasis
      consulted
      consultationNotes
      supersedeReason
      decidedBy {
        id
        displayName
      }
    }
  }
`);

export const IgDeskQuery = graphql(`
  query IgDesk($first: Int!, $after: String) {
    igDeadlines(first: 50) {
      nodes {
        ...IgThreadSummary
      }
    }
    incidents(first: $first, after: $after) {
      nodes {
        id
        reference
        title
        status
        personalDataInvolved
        igThreads {
          ...IgThreadSummary
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const IgThreadQuery = graphql(`
  query IgThreadDetail($id: ID!) {
    igThread(id: $id) {
      ...IgThreadSummary
      detectedAt
      openedAt
      seniorManagement {
        dueAt
        dueLondon
        metAt
        late
      }
      processor {
        name
        dueAt
        dueLondon
        metAt
        late
      }
      currentDecisions {
        ...IgDecisionView
      }
      notifications {
        id
        recipient
        phase
        notifiedAt
        late
        content {
          externalReference
          details
          delayReason
        }
      }
    }
    igDecisionHistory(threadId: $id) {
      ...IgDecisionView
    }
  }
`);

export const RecordIgDecisionMutation = graphql(`
  mutation RecordIgDecision($input: RecordIgDecisionInput!) {
    recordIgDecision(input: $input) {
      ...IgDecisionView
    }
  }
`);

export const SupersedeIgDecisionMutation = graphql(`
  mutation SupersedeIgDecision($input: SupersedeIgDecisionInput!) {
    supersedeIgDecision(input: $input) {
      ...IgDecisionView
    }
  }
`);

export const RecordIgNotificationMutation = graphql(`
  mutation RecordIgNotification($input: RecordIgNotificationInput!) {
    recordIgNotification(input: $input) {
      id
      recipient
      phase
      late
    }
  }
`);

/** An incident's timeline grows with every IG decision and notification (no content): the thread refetches. */
export const IgTimelineAddedSubscription = graphql(`
  subscription IgThreadTimelineAdded($incidentId: ID!) {
    incidentTimelineAdded(id: $incidentId) {
      id
      action
    }
  }
`);

export const DsptGradingQuery = graphql(`
  query DsptGrading {
    dsptGrading {
      reportableMinLikelihood
      reportableMinSeverity
      likelihoodLabels
      severityLabels
    }
  }
`);
