import { AssignmentRow } from './assignments/assignment-columns';
import { Assignment } from './assignments/assignment.types';

/** An assignment row as the API shows it, field by field. */
export function toAssignment(a: AssignmentRow): Assignment {
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    function: a.function,
    source: {
      kind: a.sourceKind,
      id: a.sourceId,
      incidentId: a.incidentId,
      exerciseId: a.exerciseId,
      activationId: a.activationId,
      runbookStepId: a.runbookStepId,
    },
    priority: a.priority,
    mandatory: a.mandatory,
    status: a.status,
    statusReason: a.statusReason,
    dueAt: a.dueAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    acknowledgedAt: a.acknowledgedAt,
    startedAt: a.startedAt,
    closedAt: a.closedAt,
    version: a.version,
    organisationId: a.organisationId,
    assigningOrganisationId: a.assigningOrganisationId,
    teamId: a.teamId,
    assigneeUserId: a.assigneeUserId,
  };
}
