import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { sqlRows, Transaction } from '@muster/platform-database';
import {
  IncidentDecisionEntity,
  IncidentLessonEntity,
  IncidentMethaneEntity,
  IncidentSitRepEntity,
} from './incident-records.entities';

export type NewMethane = Omit<IncidentMethaneEntity, 'id' | 'incidentId' | 'revision' | 'submittedAt'>;
export type NewSitRep = Pick<IncidentSitRepEntity, 'template' | 'fields' | 'level' | 'submittedBy'>;
export type NewDecision = Omit<IncidentDecisionEntity, 'id' | 'incidentId' | 'recordedAt'>;
export type NewLesson = Pick<IncidentLessonEntity, 'whatHappened' | 'whatToChange' | 'ownerFunction' | 'recordedBy'>;

export interface IncidentRecordCounts {
  incidentId: string;
  sitReps: number;
  decisions: number;
  lessons: number;
  methaneRevisions: number;
}

/**
 * The append-only records of an incident: METHANE revisions, SitReps, decisions, lessons.
 * Numbered records (revision, sequence) are written with the incident's row locked by the
 * change (IncidentGate), so numbers never collide.
 */
@Injectable()
export class IncidentRecordsStore {
  /** The next revision, inserted and returned: one statement (the incident row is locked, so max + 1 is safe). */
  async insertMethane(tx: Transaction, incidentId: string, values: NewMethane): Promise<IncidentMethaneEntity> {
    const id = randomUUID();
    const [{ revision }] = await sqlRows<{ revision: number }>(
      tx.manager,
      `INSERT INTO incident_methane (id, incident_id, revision, major_incident_declared, exact_location, type_of_incident, hazards, access,
                                     number_of_casualties, emergency_services, submitted_by, submitted_at)
       SELECT $1::uuid, $2::uuid, COALESCE(max(m.revision), 0) + 1, $3::boolean, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text, $10::uuid, $11::timestamptz
         FROM incident_methane m WHERE m.incident_id = $2::uuid
       RETURNING revision`,
      [
        id,
        incidentId,
        values.majorIncidentDeclared,
        values.exactLocation,
        values.typeOfIncident,
        values.hazards,
        values.access,
        values.numberOfCasualties,
        values.emergencyServices,
        values.submittedBy,
        tx.now,
      ],
    );
    return Object.assign(new IncidentMethaneEntity(), {
      id,
      incidentId,
      revision,
      majorIncidentDeclared: values.majorIncidentDeclared,
      exactLocation: values.exactLocation,
      typeOfIncident: values.typeOfIncident,
      hazards: values.hazards,
      access: values.access,
      numberOfCasualties: values.numberOfCasualties,
      emergencyServices: values.emergencyServices,
      submittedBy: values.submittedBy,
      submittedAt: tx.now,
    });
  }

  async insertSitRep(tx: Transaction, incidentId: string, values: NewSitRep): Promise<IncidentSitRepEntity> {
    const id = randomUUID();
    const [{ next }] = await sqlRows<{ next: number }>(
      tx.manager,
      `SELECT COALESCE(max(sequence), 0) + 1 AS next FROM incident_sitrep WHERE incident_id = $1`,
      [incidentId],
    );
    await tx.manager.insert(IncidentSitRepEntity, { ...values, id, incidentId, sequence: next, submittedAt: tx.now });
    return tx.manager.findOneByOrFail(IncidentSitRepEntity, { id });
  }

  async insertDecision(tx: Transaction, incidentId: string, values: NewDecision): Promise<IncidentDecisionEntity> {
    const id = randomUUID();
    await tx.manager.insert(IncidentDecisionEntity, { ...values, id, incidentId, recordedAt: tx.now });
    return tx.manager.findOneByOrFail(IncidentDecisionEntity, { id });
  }

  async insertLesson(tx: Transaction, incidentId: string, values: NewLesson): Promise<IncidentLessonEntity> {
    const id = randomUUID();
    await tx.manager.insert(IncidentLessonEntity, { ...values, id, incidentId, recordedAt: tx.now });
    return tx.manager.findOneByOrFail(IncidentLessonEntity, { id });
  }

  findDecision(manager: EntityManager, id: string): Promise<IncidentDecisionEntity | null> {
    return manager.findOne(IncidentDecisionEntity, { where: { id } });
  }

  methaneOf(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentMethaneEntity[]> {
    return manager.find(IncidentMethaneEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { revision: 'DESC' },
    });
  }

  sitRepsOf(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentSitRepEntity[]> {
    return manager.find(IncidentSitRepEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { sequence: 'DESC' },
    });
  }

  /** The latest SitRep of each incident: one statement. */
  latestSitReps(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentSitRepEntity[]> {
    return manager
      .createQueryBuilder(IncidentSitRepEntity, 's')
      .distinctOn(['s.incident_id'])
      .where('s.incident_id = ANY(:ids)', { ids: [...incidentIds] })
      .orderBy('s.incident_id')
      .addOrderBy('s.sequence', 'DESC')
      .getMany();
  }

  decisionsOf(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentDecisionEntity[]> {
    return manager.find(IncidentDecisionEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { decidedAt: 'ASC', recordedAt: 'ASC' },
    });
  }

  lessonsOf(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentLessonEntity[]> {
    return manager.find(IncidentLessonEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
  }

  /** How many records each incident has: one statement. */
  counts(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentRecordCounts[]> {
    return sqlRows<IncidentRecordCounts>(
      manager,
      `SELECT i.id AS "incidentId",
              (SELECT count(*)::int FROM incident_sitrep s WHERE s.incident_id = i.id) AS "sitReps",
              (SELECT count(*)::int FROM incident_decision d WHERE d.incident_id = i.id) AS "decisions",
              (SELECT count(*)::int FROM incident_lesson l WHERE l.incident_id = i.id) AS "lessons",
              (SELECT count(*)::int FROM incident_methane m WHERE m.incident_id = i.id) AS "methaneRevisions"
         FROM incident i WHERE i.id = ANY($1::uuid[])`,
      [incidentIds],
    );
  }
}
