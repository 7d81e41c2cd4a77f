import { graphql } from '../../generated';

/** The incident room's changes: each returns the incident (or the record) as the room shows it. */
export const StandbyRoomIncidentMutation = graphql(`
  mutation StandbyRoomIncident($input: TransitionIncidentInput!) {
    standbyIncident(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const DeclareRoomIncidentMutation = graphql(`
  mutation DeclareRoomIncident($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const ContainRoomIncidentMutation = graphql(`
  mutation ContainRoomIncident($input: TransitionIncidentInput!) {
    containIncident(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const RecoverRoomIncidentMutation = graphql(`
  mutation RecoverRoomIncident($input: TransitionIncidentInput!) {
    recoverIncident(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const StandDownRoomIncidentMutation = graphql(`
  mutation StandDownRoomIncident($input: TransitionIncidentInput!) {
    standDownIncident(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const CloseRoomIncidentMutation = graphql(`
  mutation CloseRoomIncident($input: TransitionIncidentInput!) {
    closeIncident(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const OpenRoomCoordinationCentreMutation = graphql(`
  mutation OpenRoomCoordinationCentre($input: TransitionIncidentInput!) {
    openCoordinationCentre(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const CancelRoomIncidentMutation = graphql(`
  mutation CancelRoomIncident($input: CancelIncidentInput!) {
    cancelIncident(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const ChangeRoomIncidentLevelMutation = graphql(`
  mutation ChangeRoomIncidentLevel($input: ChangeIncidentLevelInput!) {
    changeIncidentLevel(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const AssignRoomIncidentRoleMutation = graphql(`
  mutation AssignRoomIncidentRole($input: AssignIncidentRoleInput!) {
    assignIncidentRole(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const AddRoomAffectedOrganisationMutation = graphql(`
  mutation AddRoomAffectedOrganisation($input: AffectedOrganisationInput!) {
    addAffectedOrganisation(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const RemoveRoomAffectedOrganisationMutation = graphql(`
  mutation RemoveRoomAffectedOrganisation($input: AffectedOrganisationInput!) {
    removeAffectedOrganisation(input: $input) {
      ...IncidentRoom
    }
  }
`);

export const SubmitRoomMethaneMutation = graphql(`
  mutation SubmitRoomMethane($input: SubmitMethaneInput!) {
    submitMethane(input: $input) {
      id
      revision
    }
  }
`);

export const SubmitRoomSitRepMutation = graphql(`
  mutation SubmitRoomSitRep($input: SubmitSitRepInput!) {
    submitSitRep(input: $input) {
      id
      sequence
    }
  }
`);

export const RecordRoomCommandDecisionMutation = graphql(`
  mutation RecordRoomCommandDecision($input: RecordCommandDecisionInput!) {
    recordCommandDecision(input: $input) {
      id
    }
  }
`);

export const RecordRoomLessonMutation = graphql(`
  mutation RecordRoomLesson($input: RecordLessonInput!) {
    recordLesson(input: $input) {
      id
    }
  }
`);
