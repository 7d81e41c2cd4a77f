import { SetMetadata } from '@nestjs/common';
import { DomainError, ErrorCode } from '@muster/platform-core';
import { Role } from './role';

/** A rule that must hold; returns the error to raise when it does not. */
export type Guard<F> = (facts: F) => DomainError | null;

/** One row: from which states an action is allowed, the state it leads to, who may take it and what must hold. */
export interface Transition<A extends string, S extends string, F> {
  action: A;
  from: readonly S[];
  /** The state it leads to; null for an action that keeps the record in its state (a change of level). */
  to: S | null;
  /** Roles the caller must hold in the record's organisation. */
  roles: readonly Role[];
  /** What must hold besides the state, in words (documentation) and as checks. */
  requires: readonly { rule: string; check: Guard<F> }[];
  summary: string;
}

export interface TransitionTableOptions<A extends string, S extends string, F> {
  /** What the records are called in messages: "Cannot approve: the runbook is a draft". */
  subject: string;
  rows: readonly Transition<A, S, F>[];
  /** Why an action is not possible in a state, said so the caller knows what to do instead. */
  wrongStateHints: Partial<Record<S, string>>;
}

/**
 * A domain's state changes as a table. The same rows decide a change (`plan`: CONFLICT
 * with a hint for the wrong state, the rules' own errors), give its resolvers their roles
 * (`@Allow(...Table.rolesFor('approve'))` with `@Performs(Table, 'approve')`), and are
 * checked against those resolvers by test/platform/transition-roles.spec.ts.
 */
export class TransitionTable<A extends string, S extends string, F extends { status: S }> {
  readonly subject: string;
  readonly rows: readonly Transition<A, S, F>[];
  private readonly wrongStateHints: Partial<Record<S, string>>;

  constructor(options: TransitionTableOptions<A, S, F>) {
    this.subject = options.subject;
    this.rows = options.rows;
    this.wrongStateHints = options.wrongStateHints;
  }

  get actions(): A[] {
    return this.rows.map((t) => t.action);
  }

  row(action: A): Transition<A, S, F> {
    const transition = this.rows.find((t) => t.action === action);
    if (!transition) throw new Error(`No ${this.subject} transition for ${action}`);
    return transition;
  }

  /** Who may take `action`: for `@Allow(...)` and for the access check on the record. */
  rolesFor(action: A): Role[] {
    return [...this.row(action).roles];
  }

  /**
   * What a caller may do from the record's state, for a screen to offer: the rows from
   * `facts.status` whose roles `mayAct` grants and none of whose rules refuses the caller
   * (FORBIDDEN). Rules about what the change must carry (a reason, a METHANE report) or the
   * record's readiness (CONFLICT) are left to the change itself, which says what is missing.
   */
  available(facts: F, mayAct: (roles: readonly Role[]) => boolean): Transition<A, S, F>[] {
    return this.rows.filter(
      (t) =>
        t.from.includes(facts.status) &&
        mayAct(t.roles) &&
        t.requires.every(({ check }) => check(facts)?.code !== ErrorCode.FORBIDDEN),
    );
  }

  /**
   * Checks the state and the rules of `action` (the caller's role is checked by the access
   * policy with `rolesFor`); returns the state to move to (the state it is in, for an
   * action whose `to` is null), or throws CONFLICT / FORBIDDEN with a reason.
   */
  plan(action: A, facts: F): S {
    const transition = this.row(action);
    if (!transition.from.includes(facts.status)) {
      throw DomainError.conflict(
        `Cannot ${transition.summary}: the ${this.subject} ${this.wrongStateHints[facts.status]}`,
      );
    }
    for (const { check } of transition.requires) {
      const error = check(facts);
      if (error) throw error;
    }
    return transition.to ?? facts.status;
  }
}

export function transitionTable<A extends string, S extends string, F extends { status: S }>(
  options: TransitionTableOptions<A, S, F>,
): TransitionTable<A, S, F> {
  return new TransitionTable(options);
}

export const TRANSITION_METADATA = 'muster:transition';

/** What `@Performs` records on a handler: the table (as far as checking roles goes) and the action. */
export interface PerformedTransition {
  table: { readonly subject: string; readonly actions: readonly string[]; rolesFor(action: string): readonly Role[] };
  action: string;
}

/**
 * The table action a resolver performs: its `@Allow(...)` must be exactly that row's
 * roles, which the transition-roles meta-test checks for every resolver.
 */
export const Performs = <A extends string, S extends string, F extends { status: S }>(
  table: TransitionTable<A, S, F>,
  action: A,
) => SetMetadata(TRANSITION_METADATA, { table, action } satisfies PerformedTransition);
