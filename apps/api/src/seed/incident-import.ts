import { randomUUID } from 'node:crypto';
import { Transaction } from '@muster/platform-database';
import {
  CommandRole,
  IncidentAffectedOrganisationEntity,
  IncidentAudit,
  IncidentDecisionEntity,
  IncidentEntity,
  IncidentLessonEntity,
  IncidentMethaneEntity,
  IncidentRoleAssignmentEntity,
  IncidentSitRepEntity,
} from '@muster/incidents';

/**
 * Writing one demo incident's history as imported: its rows with their historical times,
 * and one audited `incident.imported` event per moment (the services act only at the
 * present time). Used by incidents.seed.ts.
 */
export interface Moment {
  at: Date;
  summary: string;
}

export interface HistoricIncident {
  incident: Omit<IncidentEntity, 'id' | 'reference' | 'createdAt' | 'updatedAt' | 'version' | 'clientKey'>;
  affected: string[];
  roles: { role: CommandRole; userId: string; organisationId?: string; startedAt: Date }[];
  methane: Omit<IncidentMethaneEntity, 'id' | 'incidentId' | 'revision'>[];
  sitReps: Omit<IncidentSitRepEntity, 'id' | 'incidentId' | 'sequence'>[];
  decisions: Omit<IncidentDecisionEntity, 'id' | 'incidentId'>[];
  lessons: Omit<IncidentLessonEntity, 'id' | 'incidentId'>[];
  /** The history as it happened, one timeline line each (recorded now, as imported). */
  moments: Moment[];
}

export async function importIncident(tx: Transaction, story: HistoricIncident): Promise<void> {
  const id = randomUUID();
  const year = story.incident.reportedAt.getUTCFullYear();
  const [{ number }] = await tx.manager.query<{ number: number }[]>(
    `INSERT INTO incident_reference_counter AS c (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = c.last_number + 1 RETURNING c.last_number AS number`,
    [year],
  );
  const reference = `INC-${year}-${String(number).padStart(4, '0')}`;
  await tx.manager.insert(IncidentEntity, {
    ...story.incident,
    id,
    reference,
    clientKey: null,
    createdAt: story.incident.reportedAt,
    updatedAt: tx.now,
    version: 1,
  });
  for (const organisationId of story.affected) {
    await tx.manager.insert(IncidentAffectedOrganisationEntity, {
      incidentId: id,
      organisationId,
      addedBy: story.incident.declaredBy,
      addedAt: story.incident.declaredAt ?? tx.now,
    });
  }
  const ended = story.incident.closedAt;
  for (const r of story.roles) {
    await tx.manager.insert(IncidentRoleAssignmentEntity, {
      id: randomUUID(),
      incidentId: id,
      role: r.role,
      organisationId: r.organisationId ?? null,
      userId: r.userId,
      assignedBy: story.incident.declaredBy,
      startedAt: r.startedAt,
      endedAt: ended,
      endedBy: ended ? story.incident.declaredBy : null,
    });
  }
  for (const [i, m] of story.methane.entries())
    await tx.manager.insert(IncidentMethaneEntity, { ...m, id: randomUUID(), incidentId: id, revision: i + 1 });
  for (const [i, s] of story.sitReps.entries())
    await tx.manager.insert(IncidentSitRepEntity, { ...s, id: randomUUID(), incidentId: id, sequence: i + 1 });
  for (const d of story.decisions)
    await tx.manager.insert(IncidentDecisionEntity, { ...d, id: randomUUID(), incidentId: id });
  for (const l of story.lessons)
    await tx.manager.insert(IncidentLessonEntity, { ...l, id: randomUUID(), incidentId: id });
  for (const moment of story.moments) {
    tx.record({
      action: IncidentAudit.imported,
      organisationId: story.incident.leadOrganisationId,
      entityType: 'incident',
      entityId: id,
      incidentId: id,
      summary: `${reference} [${moment.at.toISOString().slice(0, 16).replace('T', ' ')} UTC] ${moment.summary}`,
      changes: { at: moment.at.toISOString(), imported: true },
    });
  }
}
