import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentPriority, AssignmentStatus, UNFINISHED_STATUSES } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';
import { sqlRows } from '@muster/platform-database';

/** One action of an exercise with the names it is shown with, as one statement reads it. */
export interface ExerciseActionRow {
  id: string;
  title: string;
  function: TeamFunction;
  priority: AssignmentPriority;
  status: AssignmentStatus;
  dueAt: Date | null;
  overdue: boolean;
  createdAt: Date;
  findingId: string;
  findingTitle: string;
  organisationId: string;
  organisationName: string;
  teamId: string | null;
  teamName: string | null;
  assigneeName: string | null;
  assignedToMe: boolean;
}

export interface ExerciseActionFilterValues {
  organisationId?: string;
  status?: AssignmentStatus;
  overdue?: boolean;
}

/**
 * The actions of one exercise (assignments raised from its findings), every organisation's:
 * who may read them is decided by the exercise (see ExerciseAccess), not by each assignment.
 * A page, its names and the overdue flag in one statement, whatever the page size.
 */
@Injectable()
export class ExerciseActionListStore {
  page(
    manager: EntityManager,
    exerciseId: string,
    filter: ExerciseActionFilterValues,
    ctx: { now: Date; userId: string | null },
    limit: number,
    after: [string, string] | null,
  ): Promise<ExerciseActionRow[]> {
    const params: unknown[] = [exerciseId, ctx.now, UNFINISHED_STATUSES, ctx.userId];
    const overdue = `(a.status = ANY ($3::text[]) AND a.due_at < $2)`;
    const where = [`a.exercise_id = $1`, `a.source_kind = 'EXERCISE_FINDING'`];
    if (filter.organisationId) where.push(`a.organisation_id = $${params.push(filter.organisationId)}::uuid`);
    if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
    if (filter.overdue !== undefined) where.push(filter.overdue ? overdue : `NOT coalesce(${overdue}, false)`);
    if (after)
      where.push(`(a.created_at, a.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    return sqlRows<ExerciseActionRow>(
      manager,
      `SELECT a.id, a.title, a.function, a.priority, a.status, a.due_at AS "dueAt", coalesce(${overdue}, false) AS overdue,
              a.created_at AS "createdAt", f.id AS "findingId", f.title AS "findingTitle",
              a.organisation_id AS "organisationId", o.name AS "organisationName",
              a.team_id AS "teamId", tm.name AS "teamName", u.display_name AS "assigneeName",
              coalesce(a.assignee_user_id = $4::uuid, false) AS "assignedToMe"
         FROM assignment a
         JOIN exercise_finding f ON f.id = a.source_id
         JOIN organisation o ON o.id = a.organisation_id
         LEFT JOIN team tm ON tm.id = a.team_id
         LEFT JOIN app_user u ON u.id = a.assignee_user_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.created_at, a.id LIMIT $${params.push(limit)}`,
      params,
    );
  }
}
