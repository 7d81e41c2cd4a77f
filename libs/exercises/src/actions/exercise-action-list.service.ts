import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { ExerciseAction, ExerciseActionsArgs } from './exercise-action-list.types';
import { ExerciseActionListStore, ExerciseActionRow } from './exercise-action-list.store';

// Keyset on (created_at, id), in the order they were raised.
const CURSOR = new KeysetCursor('exerciseActions', ['timestamp', 'uuid']);

const toAction = (r: ExerciseActionRow): ExerciseAction => ({
  id: r.id,
  title: r.title,
  function: r.function,
  priority: r.priority,
  status: r.status,
  dueAt: r.dueAt,
  overdue: r.overdue,
  createdAt: r.createdAt,
  finding: { id: r.findingId, title: r.findingTitle },
  organisation: { id: r.organisationId, name: r.organisationName },
  team: r.teamId ? { id: r.teamId, name: r.teamName ?? '' } : null,
  assignee: r.assigneeName !== null ? { name: r.assigneeName } : null,
  assignedToMe: r.assignedToMe,
});

/**
 * An exercise's action plan, row by row, for whoever sees the exercise: the caller reached
 * it through `exercise`/`exercises` (ExerciseAccess), so an exercise out of sight is
 * NOT_FOUND before its actions are read. The rows carry what the plan needs (title,
 * finding, owner, team, assignee's name, due, status); the assignment's own detail stays
 * behind its own visibility.
 */
@Injectable()
export class ExerciseActionListService {
  constructor(
    private readonly db: DataSource,
    private readonly store: ExerciseActionListStore,
    private readonly clock: Clock,
  ) {}

  async page(principal: Principal, exerciseId: string, args: ExerciseActionsArgs): Promise<Connection<ExerciseAction>> {
    const rows = await this.store.page(
      this.db.manager,
      exerciseId,
      args.filter ?? {},
      { now: this.clock.now(), userId: principal.userId },
      args.first + 1,
      args.after ? CURSOR.decode(args.after) : null,
    );
    return toConnection(rows, args.first, CURSOR, (r) => [r.createdAt.toISOString(), r.id], toAction);
  }
}
