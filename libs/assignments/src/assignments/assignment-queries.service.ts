import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Clock, DomainError } from '@muster/platform-core';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { toAssignment } from '../assignments.mappers';
import { AssignmentOrder } from './assignment-enums';
import { AssignmentAccess } from './assignment.access';
import { AssignmentsArgs, MyAssignmentsArgs } from './assignment.inputs';
import { AssignmentScopeOfSight, AssignmentStore, orderValue } from './assignment.store';
import { Assignment } from './assignment.types';

// Keyset on (the order's time, id); a missing due time is 'infinity'. Each list and order
// writes cursors of its own name: one list's cursor is refused by another.
const cursors = (list: string): Record<AssignmentOrder, KeysetCursor<readonly ['text', 'uuid']>> => ({
  [AssignmentOrder.DUE_SOONEST_FIRST]: new KeysetCursor(`${list}-due`, ['text', 'uuid']),
  [AssignmentOrder.CREATED_NEWEST_FIRST]: new KeysetCursor(`${list}-newest`, ['text', 'uuid']),
  [AssignmentOrder.CREATED_OLDEST_FIRST]: new KeysetCursor(`${list}-oldest`, ['text', 'uuid']),
});
const LIST_CURSORS = cursors('assignments');
const MINE_CURSORS = cursors('my-assignments');
// Exactly what Date.prototype.toISOString writes, or 'infinity' (no due time).
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isSortTime = (value: string) =>
  value === 'infinity' || (ISO_TIMESTAMP.test(value) && new Date(value).toISOString() === value);

/** Reading assignments, scoped to what the caller may see. */
@Injectable()
export class AssignmentQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly store: AssignmentStore,
  ) {}

  /** One page of what the caller sees, filtered and ordered: one statement whatever the page size. */
  list(principal: Principal, args: AssignmentsArgs): Promise<Connection<Assignment>> {
    return this.page(principal, args, args.orderBy, null);
  }

  /** The caller's own and their teams', soonest due first. */
  mine(principal: Principal, args: MyAssignmentsArgs): Promise<Connection<Assignment>> {
    const teamIds = [...new Set(principal.grants.flatMap((g) => (g.teamId ? [g.teamId] : [])))];
    return this.page(principal, args, AssignmentOrder.DUE_SOONEST_FIRST, { userId: principal.userId, teamIds });
  }

  async get(principal: Principal, id: string): Promise<Assignment> {
    const ctx = await this.store.context(this.db.manager, id);
    if (!ctx) throw DomainError.notFound('Assignment');
    AssignmentAccess.assertCanSee(principal, ctx.sight);
    return toAssignment(ctx.assignment);
  }

  /** The ones among `ids` that are the caller's or their teams' and that they may see now (live events, judged at delivery). */
  async mineAmong(principal: Principal, ids: readonly string[]): Promise<Assignment[]> {
    const teamIds = new Set(principal.grants.flatMap((g) => (g.teamId ? [g.teamId] : [])));
    const found = await this.store.withSights(this.db.manager, ids);
    return found
      .filter(
        ({ assignment: a, sight }) =>
          AssignmentAccess.canSee(principal, sight) &&
          ((principal.userId !== null && a.assigneeUserId === principal.userId) ||
            (a.teamId !== null && teamIds.has(a.teamId))),
      )
      .map((c) => toAssignment(c.assignment));
  }

  private async page(
    principal: Principal,
    args: MyAssignmentsArgs,
    order: AssignmentOrder,
    mine: { userId: string | null; teamIds: string[] } | null,
  ): Promise<Connection<Assignment>> {
    const cursor = (mine ? MINE_CURSORS : LIST_CURSORS)[order];
    const after = args.after ? cursor.decode(args.after) : null;
    if (after && !isSortTime(after[0])) throw DomainError.badInput('after', 'is not a cursor from this list');
    const scope: AssignmentScopeOfSight = principal.isSystemWide
      ? { all: true }
      : { all: false, organisationIds: principal.organisationIds, userId: principal.userId };
    const rows = await this.store.page(
      this.db.manager,
      scope,
      args.filter ?? {},
      mine,
      order,
      this.clock.now(),
      args.first + 1,
      after ? [after[0], after[1]] : null,
    );
    return toConnection(rows, args.first, cursor, (r) => [orderValue(order, r), r.id], toAssignment);
  }
}
