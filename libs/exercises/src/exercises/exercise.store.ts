import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganisationScope } from '@muster/platform-access';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { ExerciseTheme, ExerciseType } from './exercise-enums';
import type { ActionGroupRow } from '../actions/exercise-tracker';
import type { TestedRunbook } from './exercise-notices';
import { ExerciseEntity, ExerciseFindingEntity } from './exercise.entity';

/** An exercise with the organisations that decide who sees it. */
export interface ExerciseRow extends ExerciseEntity {
  organisingOrganisationName: string;
  participantIds: string[];
}

export interface ExerciseFilterValues {
  organisationId?: string;
  type?: ExerciseType;
  theme?: ExerciseTheme;
  heldFrom?: Date;
  heldTo?: Date;
}

export interface ParticipantRow {
  exerciseId: string;
  organisationId: string;
  name: string;
  odsCode: string;
}

export interface ExercisedRunbookRow {
  exerciseId: string;
  runbookId: string;
  title: string;
  organisationId: string;
  versionNumber: number | null;
}

/** A runbook as adding it to an exercise needs it. */
export interface RunbookCandidate {
  id: string;
  title: string;
  organisationId: string;
  isTemplate: boolean;
}

const SELECT = `SELECT e.id, e.type, e.theme, e.title, e.scenario, e.held_at AS "heldAt",
       e.organising_organisation_id AS "organisingOrganisationId", o.name AS "organisingOrganisationName",
       e.recorded_by AS "recordedBy", e.created_at AS "createdAt", e.updated_at AS "updatedAt", e.version,
       ARRAY(SELECT p.organisation_id::text FROM exercise_participant p WHERE p.exercise_id = e.id ORDER BY p.added_at, p.organisation_id) AS "participantIds"
  FROM exercise e JOIN organisation o ON o.id = e.organising_organisation_id`;

/**
 * The exercise tables: the exercise, its participants and runbooks exercised (appended in
 * SQL, no entity), and its findings. Reads take the manager they run on; writes take the
 * transaction and stamp its time.
 */
@Injectable()
export class ExerciseStore {
  async findById(manager: EntityManager, id: string): Promise<ExerciseRow | null> {
    const [row] = await sqlRows<ExerciseRow>(manager, `${SELECT} WHERE e.id = $1`, [id]);
    return row ?? null;
  }

  /** Locks the exercise row for the rest of the transaction. */
  async lock(tx: Transaction, id: string): Promise<ExerciseRow | null> {
    const [row] = await sqlRows<ExerciseRow>(tx.manager, `${SELECT} WHERE e.id = $1 FOR UPDATE OF e`, [id]);
    return row ?? null;
  }

  async insert(
    tx: Transaction,
    values: Pick<
      ExerciseEntity,
      'type' | 'theme' | 'title' | 'scenario' | 'heldAt' | 'organisingOrganisationId' | 'recordedBy'
    >,
  ): Promise<string> {
    const id = randomUUID();
    await tx.manager.insert(ExerciseEntity, { ...values, id, createdAt: tx.now, updatedAt: tx.now, version: 1 });
    return id;
  }

  /** Bumps the exercise's version (something was added to it). */
  async touch(tx: Transaction, id: string): Promise<void> {
    await sqlChange(tx.manager, `UPDATE exercise SET version = version + 1, updated_at = $2 WHERE id = $1`, [
      id,
      tx.now,
    ]);
  }

  /** Adds the organisations not taking part yet; the ones added, with their names. */
  addParticipants(tx: Transaction, exerciseId: string, organisationIds: readonly string[]): Promise<ParticipantRow[]> {
    return sqlRows<ParticipantRow>(
      tx.manager,
      `WITH added AS (
         INSERT INTO exercise_participant (exercise_id, organisation_id, added_at)
         SELECT $1, o.id, $3 FROM organisation o WHERE o.id = ANY ($2::uuid[])
         ON CONFLICT DO NOTHING RETURNING organisation_id)
       SELECT $1::uuid AS "exerciseId", o.id AS "organisationId", o.name, o.ods_code AS "odsCode"
         FROM added a JOIN organisation o ON o.id = a.organisation_id ORDER BY o.name`,
      [exerciseId, organisationIds, tx.now],
    );
  }

  /** Which of these organisations exist. */
  async existingOrganisations(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM organisation WHERE id = ANY ($1::uuid[])`, [
      ids,
    ]);
    return new Set(rows.map((r) => r.id));
  }

  runbookCandidates(manager: EntityManager, ids: readonly string[]): Promise<RunbookCandidate[]> {
    return sqlRows<RunbookCandidate>(
      manager,
      `SELECT id, title, organisation_id AS "organisationId", is_template AS "isTemplate"
         FROM runbook WHERE id = ANY ($1::uuid[]) AND status <> 'RETIRED'`,
      [ids],
    );
  }

  /** Adds the runbooks not exercised here yet, each with its approved version in force (null for a draft). */
  addRunbooks(tx: Transaction, exerciseId: string, runbookIds: readonly string[]): Promise<ExercisedRunbookRow[]> {
    return sqlRows<ExercisedRunbookRow>(
      tx.manager,
      `WITH added AS (
         INSERT INTO exercise_runbook (exercise_id, runbook_id, organisation_id, version_number, added_at)
         SELECT $1, r.id, r.organisation_id, v.version_number, $3
           FROM runbook r LEFT JOIN runbook_version v ON v.id = r.current_version_id
          WHERE r.id = ANY ($2::uuid[])
         ON CONFLICT DO NOTHING RETURNING runbook_id, organisation_id, version_number)
       SELECT $1::uuid AS "exerciseId", a.runbook_id AS "runbookId", r.title, a.organisation_id AS "organisationId",
              a.version_number AS "versionNumber"
         FROM added a JOIN runbook r ON r.id = a.runbook_id ORDER BY r.title`,
      [exerciseId, runbookIds, tx.now],
    );
  }

  async insertFinding(
    tx: Transaction,
    values: Pick<ExerciseFindingEntity, 'exerciseId' | 'organisationId' | 'title' | 'detail' | 'recordedBy'>,
  ): Promise<ExerciseFindingEntity> {
    const id = randomUUID();
    await tx.manager.insert(ExerciseFindingEntity, { ...values, id, recordedAt: tx.now });
    return tx.manager.findOneByOrFail(ExerciseFindingEntity, { id });
  }

  /**
   * The runbooks the exercise tested (all, or those of `runbookIds`) and not reviewed since it
   * was held (a later review took its lessons in), with their owners.
   */
  testedRunbooks(manager: EntityManager, exerciseId: string, runbookIds?: readonly string[]): Promise<TestedRunbook[]> {
    return sqlRows<TestedRunbook>(
      manager,
      `SELECT r.id AS "runbookId", r.title, r.organisation_id AS "organisationId", r.owner_user_id AS "ownerUserId"
         FROM exercise_runbook x JOIN runbook r ON r.id = x.runbook_id JOIN exercise e ON e.id = x.exercise_id
        WHERE x.exercise_id = $1 AND coalesce(r.last_reviewed_at, '-infinity') < e.held_at ${runbookIds ? 'AND x.runbook_id = ANY ($2::uuid[])' : ''} ORDER BY r.title, r.id`,
      runbookIds ? [exerciseId, runbookIds] : [exerciseId],
    );
  }

  /** How many findings the exercise has. */
  async findingCount(manager: EntityManager, exerciseId: string): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM exercise_finding WHERE exercise_id = $1`,
      [exerciseId],
    );
    return row.n;
  }

  /** The exercises' actions (assignments raised from their findings) counted by status, function and organisation. */
  actionGroups(manager: EntityManager, exerciseIds: readonly string[], now: Date): Promise<ActionGroupRow[]> {
    return sqlRows<ActionGroupRow>(
      manager,
      `SELECT a.exercise_id AS "exerciseId", a.status, a.function, a.organisation_id AS "organisationId",
              o.name AS "organisationName", count(*)::int AS total,
              count(*) FILTER (WHERE a.status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'BLOCKED') AND a.due_at < $2)::int AS overdue,
              min(a.created_at) FILTER (WHERE a.status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'BLOCKED')) AS "oldestOpenSince"
         FROM assignment a JOIN organisation o ON o.id = a.organisation_id
        WHERE a.exercise_id = ANY ($1::uuid[]) AND a.source_kind = 'EXERCISE_FINDING'
        GROUP BY a.exercise_id, a.status, a.function, a.organisation_id, o.name`,
      [exerciseIds, now],
    );
  }

  findFinding(manager: EntityManager, id: string): Promise<ExerciseFindingEntity | null> {
    return manager.findOneBy(ExerciseFindingEntity, { id });
  }

  /**
   * One page of the exercises the caller sees, newest first (keyset on held_at, id):
   * organised by or with one of `scope`'s organisations (every one for system-wide roles
   * and the ICB's EPRR lead).
   */
  page(
    manager: EntityManager,
    scope: OrganisationScope,
    filter: ExerciseFilterValues,
    limit: number,
    after: [string, string] | null,
  ): Promise<ExerciseRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const involving = (ids: unknown) => {
      const n = params.push(ids);
      return `(e.organising_organisation_id = ANY ($${n}::uuid[]) OR EXISTS (SELECT 1 FROM exercise_participant p WHERE p.exercise_id = e.id AND p.organisation_id = ANY ($${n}::uuid[])))`;
    };
    if (!scope.all) where.push(involving(scope.ids));
    if (filter.organisationId) where.push(involving([filter.organisationId]));
    if (filter.type) where.push(`e.type = $${params.push(filter.type)}`);
    if (filter.theme) where.push(`e.theme = $${params.push(filter.theme)}`);
    if (filter.heldFrom) where.push(`e.held_at >= $${params.push(filter.heldFrom)}`);
    if (filter.heldTo) where.push(`e.held_at < $${params.push(filter.heldTo)}`);
    if (after)
      where.push(`(e.held_at, e.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.held_at DESC, e.id DESC LIMIT $${params.push(limit)}`;
    return sqlRows<ExerciseRow>(manager, sql, params);
  }

  participantsOf(manager: EntityManager, exerciseIds: readonly string[]): Promise<ParticipantRow[]> {
    return sqlRows<ParticipantRow>(
      manager,
      `SELECT p.exercise_id AS "exerciseId", o.id AS "organisationId", o.name, o.ods_code AS "odsCode"
         FROM exercise_participant p JOIN organisation o ON o.id = p.organisation_id
        WHERE p.exercise_id = ANY ($1::uuid[]) ORDER BY o.name, o.id`,
      [exerciseIds],
    );
  }

  runbooksOf(manager: EntityManager, exerciseIds: readonly string[]): Promise<ExercisedRunbookRow[]> {
    return sqlRows<ExercisedRunbookRow>(
      manager,
      `SELECT x.exercise_id AS "exerciseId", x.runbook_id AS "runbookId", r.title, x.organisation_id AS "organisationId",
              x.version_number AS "versionNumber"
         FROM exercise_runbook x JOIN runbook r ON r.id = x.runbook_id
        WHERE x.exercise_id = ANY ($1::uuid[]) ORDER BY r.title, r.id`,
      [exerciseIds],
    );
  }

  findingsOf(manager: EntityManager, exerciseIds: readonly string[]): Promise<ExerciseFindingEntity[]> {
    return sqlRows<ExerciseFindingEntity>(
      manager,
      `SELECT id, exercise_id AS "exerciseId", organisation_id AS "organisationId", title, detail,
              recorded_by AS "recordedBy", recorded_at AS "recordedAt"
         FROM exercise_finding WHERE exercise_id = ANY ($1::uuid[]) ORDER BY recorded_at, id`,
      [exerciseIds],
    );
  }
}
