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

  /** The latest exercise of each type the organisation organised or took part in. */
  latestByType(manager: EntityManager, organisationId: string): Promise<EvidenceRow[]> {
    return sqlRows<EvidenceRow>(
      manager,
      `SELECT DISTINCT ON (e.type) e.type, '${ExerciseEvidenceKind.EXERCISE}' AS kind, e.id, e.title, e.held_at AS at
         FROM exercise e
        WHERE e.organising_organisation_id = $1
           OR EXISTS (SELECT 1 FROM exercise_participant p WHERE p.exercise_id = e.id AND p.organisation_id = $1)
        ORDER BY e.type, e.held_at DESC, e.id DESC`,
      [organisationId],
    );
  }
}
