import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction } from '@muster/platform-database';
import { AssignmentStatus } from './assignment-enums';
import { AssignmentAction, AssignmentFacts, AssignmentTransitions } from './assignment-transitions';
import { AssignmentAccess } from './assignment.access';
import { AssignmentContext, AssignmentStore } from './assignment.store';

/** The facts a change brings: given, or read from the locked row's context. */
export type Asked = Partial<AssignmentFacts> | ((ctx: AssignmentContext) => Partial<AssignmentFacts>);

export interface OpenedAssignment extends AssignmentContext {
  /** The status the action leads to (the same one for actions that keep it). */
  to: AssignmentStatus;
  facts: AssignmentFacts;
}

/**
 * The one way into a change of an assignment, inside its unit of work: locks the row with
 * its sight and facts, checks the caller (NOT_FOUND out of sight, FORBIDDEN without the
 * row's roles), the version (CONFLICT when stale) and the table row. Records nothing.
 */
@Injectable()
export class AssignmentGate {
  constructor(private readonly store: AssignmentStore) {}

  async open(
    tx: Transaction,
    principal: Principal,
    ref: { id: string; version: number },
    action: AssignmentAction,
    asked: Asked = {},
  ): Promise<OpenedAssignment> {
    const ctx = await this.store.lock(tx, ref.id);
    AssignmentAccess.assertCanAct(principal, ctx?.sight, AssignmentTransitions.rolesFor(action));
    if (!ctx) throw DomainError.notFound('Assignment');
    const { assignment } = ctx;
    if (ref.version !== assignment.version) {
      throw DomainError.conflict(
        `Assignment "${assignment.title}" was changed by someone else (now version ${assignment.version}, you had ${ref.version}); reload it and try again`,
      );
    }
    const facts: AssignmentFacts = {
      status: assignment.status,
      mandatory: assignment.mandatory,
      reason: null,
      evidenceCount: ctx.evidenceCount,
      waitingFor: ctx.waitingFor,
      actorOwns: AssignmentAccess.owns(principal, ctx.sight),
      ...(typeof asked === 'function' ? asked(ctx) : asked),
    };
    return { ...ctx, facts, to: AssignmentTransitions.plan(action, facts) };
  }
}
