import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows } from '@muster/platform-database';
import { ExerciseEvidenceKind, ExerciseType } from '../exercises/exercise-enums';

export interface EvidenceRow {
  type: ExerciseType;
  kind: ExerciseEvidenceKind;
  id: string;
  title: string;
  at: Date;
}

/** What exercise compliance reads: the latest evidence per exercise type of an organisation, in one statement. */
@Injectable()
export class ComplianceStore {
  async organisationName(manager: EntityManager, organisationId: string): Promise<string | null> {
    const [row] = await sqlRows<{ name: string }>(manager, `SELECT name FROM organisation WHERE id = $1`, [
      organisationId,
    ]);
    return row?.name ?? null;
  }

  /**
   * The latest evidence of each type: an exercise the organisation organised or took part in;
   * and, for LIVE_PLAY (EPRR substitution rule), a runbook activated for it on a real incident
   * whose lessons are logged with an action plan (assignments raised from its lessons); and,
   * for COMMAND_POST, the Incident Coordination Centre stood up for an incident the
   * organisation leads or is affected by, on the same condition.
   */
  latestByType(manager: EntityManager, organisationId: string): Promise<EvidenceRow[]> {
    return sqlRows<EvidenceRow>(
      manager,
      `SELECT DISTINCT ON (x.type) x.type, x.kind, x.id, x.title, x.at FROM (
         SELECT e.type, '${ExerciseEvidenceKind.EXERCISE}' AS kind, e.id, e.title, e.held_at AS at
           FROM exercise e
          WHERE e.organising_organisation_id = $1
             OR EXISTS (SELECT 1 FROM exercise_participant p WHERE p.exercise_id = e.id AND p.organisation_id = $1)
         UNION ALL
         SELECT '${ExerciseType.LIVE_PLAY}', '${ExerciseEvidenceKind.INCIDENT}', i.id, i.reference || ' ' || i.title, ra.activated_at
           FROM runbook_activation ra JOIN incident i ON i.id = ra.incident_id
          WHERE ra.organisation_id = $1
            AND EXISTS (SELECT 1 FROM incident_lesson l WHERE l.incident_id = i.id)
            AND EXISTS (SELECT 1 FROM assignment a WHERE a.incident_id = i.id AND a.source_kind = 'INCIDENT_LESSON')
         UNION ALL
         SELECT '${ExerciseType.COMMAND_POST}', '${ExerciseEvidenceKind.INCIDENT}', i.id, i.reference || ' ' || i.title,
                i.coordination_centre_opened_at
           FROM incident i
          WHERE i.coordination_centre_opened_at IS NOT NULL
            AND (i.lead_organisation_id = $1
                 OR EXISTS (SELECT 1 FROM incident_affected_organisation ao WHERE ao.incident_id = i.id AND ao.organisation_id = $1))
            AND EXISTS (SELECT 1 FROM incident_lesson l WHERE l.incident_id = i.id)
            AND EXISTS (SELECT 1 FROM assignment a WHERE a.incident_id = i.id AND a.source_kind = 'INCIDENT_LESSON')
       ) x ORDER BY x.type, x.at DESC, x.id DESC`,
      [organisationId],
    );
  }
}
