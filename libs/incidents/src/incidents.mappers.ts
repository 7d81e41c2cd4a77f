import { IncidentRoleAssignmentEntity } from './command/incident-command.entities';
import { IncidentEntity } from './incidents/incident.entity';
import { Incident, IncidentRoleHolding } from './incidents/incident.types';

/** Entities → API types, field by field, so a new column is never exposed by accident. */
export function toIncident(i: IncidentEntity): Incident {
  return {
    id: i.id,
    reference: i.reference,
    title: i.title,
    description: i.description,
    category: i.category,
    type: i.type,
    level: i.level,
    scope: i.scope,
    status: i.status,
    personalDataInvolved: i.personalDataInvolved,
    reportedAt: i.reportedAt,
    declaredAt: i.declaredAt,
    containedAt: i.containedAt,
    recoveredAt: i.recoveredAt,
    stoodDownAt: i.stoodDownAt,
    cancelledAt: i.cancelledAt,
    cancellationReason: i.cancellationReason,
    closedAt: i.closedAt,
    coordinationCentreOpenedAt: i.coordinationCentreOpenedAt,
    lastSitRepAt: i.lastSitRepAt,
    version: i.version,
    leadOrganisationId: i.leadOrganisationId,
    reportedById: i.reportedBy,
    declaredById: i.declaredBy,
  };
}

export function toRoleHolding(r: IncidentRoleAssignmentEntity): IncidentRoleHolding {
  return {
    id: r.id,
    role: r.role,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    userId: r.userId,
    organisationId: r.organisationId,
    assignedById: r.assignedBy,
  };
}
