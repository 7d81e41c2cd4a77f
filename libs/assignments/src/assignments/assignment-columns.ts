import { AssignmentEntity } from './assignment.entity';

/** The columns of an assignment as its entity's fields, for `SELECT ${assignmentColumns('a')} FROM assignment a`. */
export function assignmentColumns(alias: string): string {
  return `${alias}.id, ${alias}.title, ${alias}.description, ${alias}.function, ${alias}.organisation_id AS "organisationId",
    ${alias}.team_id AS "teamId", ${alias}.assignee_user_id AS "assigneeUserId",
    ${alias}.assigning_organisation_id AS "assigningOrganisationId", ${alias}.source_kind AS "sourceKind",
    ${alias}.source_id AS "sourceId", ${alias}.incident_id AS "incidentId", ${alias}.exercise_id AS "exerciseId",
    ${alias}.activation_id AS "activationId", ${alias}.runbook_step_id AS "runbookStepId", ${alias}.priority,
    ${alias}.mandatory, ${alias}.status, ${alias}.status_reason AS "statusReason", ${alias}.due_at AS "dueAt",
    ${alias}.created_by AS "createdBy", ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt",
    ${alias}.acknowledged_at AS "acknowledgedAt", ${alias}.started_at AS "startedAt", ${alias}.closed_at AS "closedAt",
    ${alias}.version`;
}

/** The current holders of the COMMANDER role of the assignment's incident (who see it besides its organisations). */
export function commandersSql(alias: string): string {
  return `ARRAY(SELECT r.user_id::text FROM incident_role_assignment r
                 WHERE r.incident_id = ${alias}.incident_id AND r.ended_at IS NULL AND r.role = 'COMMANDER')`;
}

/** An assignment row as read with `assignmentColumns`: the entity's fields. */
export type AssignmentRow = { [K in keyof AssignmentEntity]: AssignmentEntity[K] };
