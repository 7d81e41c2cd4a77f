import { graphql } from '../../generated';

/** Everything the room shows of the incident itself; the same fields come back from every change. */
export const IncidentRoomFields = graphql(`
  fragment IncidentRoom on Incident {
    id
    reference
    title
    description
    status
    level
    type
    scope
    category
    version
    personalDataInvolved
    reportedAt
    declaredAt
    coordinationCentreOpenedAt
    nextSitRepDueAt
    sitRepOverdue
    lastSitRepAt
    cancellationReason
    availableActions {
      action
      summary
      to
      requires
    }
    leadOrganisation {
      id
      name
    }
    affectedOrganisations {
      id
      name
    }
    roles {
      ...RoomRoleHolding
    }
    roleHistory {
      ...RoomRoleHolding
    }
    reportedBy {
      id
      displayName
      active
    }
    declaredBy {
      id
      displayName
      active
    }
    methane {
      id
      revision
      submittedAt
      majorIncidentDeclared
      exactLocation
      typeOfIncident
      hazards
      access
      numberOfCasualties
      emergencyServices
    }
    latestSitRep {
      id
      sequence
      template
      level
      submittedAt
      fields {
        name
        label
        value
      }
    }
    decisions {
      id
      decidedAt
      decision
      rationale
      information
      riskAssessment
      powersAndPolicy
      optionsConsidered
      reviewAt
      revisitsDecisionId
    }
    lessons {
      id
      recordedAt
      ownerFunction
      whatHappened
      whatToChange
    }
  }
`);

export const RoomRoleHoldingFields = graphql(`
  fragment RoomRoleHolding on IncidentRoleHolding {
    id
    role
    startedAt
    endedAt
    holder {
      id
      displayName
      active
    }
    organisation {
      id
      name
    }
  }
`);

export const IncidentRoomQuery = graphql(`
  query IncidentRoom($reference: String!) {
    incidentByReference(reference: $reference) {
      ...IncidentRoom
    }
  }
`);

export const IncidentRoomChangedSubscription = graphql(`
  subscription IncidentRoomChanged($id: ID!) {
    incidentChanged(id: $id) {
      ...IncidentRoom
    }
  }
`);

export const RoomTimelineEntryFields = graphql(`
  fragment RoomTimelineEntry on TimelineEntry {
    id
    action
    actorLabel
    occurredAt
    summary
    manual
    text
    entryId
    correctsEntryId
  }
`);

export const IncidentRoomTimelineQuery = graphql(`
  query IncidentRoomTimeline($incidentId: ID!, $after: String) {
    incidentTimeline(incidentId: $incidentId, first: 50, after: $after, order: NEWEST_FIRST) {
      nodes {
        ...RoomTimelineEntry
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const IncidentRoomTimelineAddedSubscription = graphql(`
  subscription IncidentRoomTimelineAdded($id: ID!) {
    incidentTimelineAdded(id: $id) {
      ...RoomTimelineEntry
    }
  }
`);

export const AddRoomTimelineEntryMutation = graphql(`
  mutation AddRoomTimelineEntry($input: AddTimelineEntryInput!) {
    addTimelineEntry(input: $input) {
      ...RoomTimelineEntry
    }
  }
`);

export const CorrectRoomTimelineEntryMutation = graphql(`
  mutation CorrectRoomTimelineEntry($input: CorrectTimelineEntryInput!) {
    correctTimelineEntry(input: $input) {
      ...RoomTimelineEntry
    }
  }
`);

export const IncidentRoomIgThreadsQuery = graphql(`
  query IncidentRoomIgThreads($incidentId: ID!) {
    igThreads(incidentId: $incidentId) {
      id
      organisation {
        id
        name
      }
      awarenessLondon
      deadlineAt
      deadlineLondon
      deadlineStatus
      contentVisible
      currentDecisions {
        id
        type
        outcome
        decidedAt
        content {
          rationale
          severityLabel
          likelihoodLabel
          suggestedReportable
          decidedBy {
            displayName
          }
        }
      }
      notifications {
        id
        recipient
        phase
        notifiedAt
        late
      }
    }
  }
`);

export const IncidentRoomRunbooksQuery = graphql(`
  query IncidentRoomRunbooks($incidentId: ID!) {
    incident(id: $incidentId) {
      id
      runbookActivations {
        id
        runbookTitle
        versionNumber
        organisationName
        activatedAt
        activatedBy {
          id
          displayName
        }
        assignmentCounts {
          status
          count
        }
      }
    }
    assignments(first: 100, filter: { incidentId: $incidentId }) {
      nodes {
        id
        title
        status
        dueAt
        overdue
        mandatory
        organisation {
          id
          name
        }
        assignee {
          id
          name
        }
        team {
          id
          name
        }
        source {
          kind
          activationId
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    suggestedRunbooks(incidentId: $incidentId) {
      organisations {
        organisationId
        organisationName
        runbooks {
          id
          title
          versionNumber
        }
      }
      organisationsWithNone
    }
  }
`);

export const ActivateRoomRunbookMutation = graphql(`
  mutation ActivateRoomRunbook($input: ActivateRunbookInput!) {
    activateRunbook(input: $input) {
      id
      runbookId
      organisationId
      versionNumber
      assignmentIds
    }
  }
`);

/** Who may take a role. No organisation id asked: the cache would merge one organisation's roles across people. */
export const CommandRoleCandidatesQuery = graphql(`
  query CommandRoleCandidates($incidentId: ID!, $role: CommandRole!, $organisationId: ID, $search: String) {
    commandRoleCandidates(
      incidentId: $incidentId
      role: $role
      organisationId: $organisationId
      search: $search
      first: 50
    ) {
      id
      displayName
      organisations {
        name
        roles
      }
    }
  }
`);

export const SitRepTemplatesQuery = graphql(`
  query SitRepTemplates {
    sitRepTemplates {
      template
      name
      fields {
        name
        label
        hint
      }
    }
  }
`);
