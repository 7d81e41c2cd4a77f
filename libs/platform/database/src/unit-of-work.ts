import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAppender, AuditDraft } from '@muster/platform-audit';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Actor, Clock, currentContext, DomainError, ErrorCode, SYSTEM_ACTOR } from '@muster/platform-core';
import { AppMetrics } from '@muster/platform-metrics';
import { translateDatabaseError } from './database-errors';

type AfterCommit = () => void | Promise<void>;

/** A change whose connection was lost midway, with the class 08 SQLSTATE (connection_failure) that says so. */
function connectionLost(cause: unknown): Error {
  return Object.assign(new Error('The database connection was lost during the change', { cause }), { code: '08006' });
}

/** What a change failed on purpose by the fault injector (MUSTER_FAULT_INJECTION) throws. */
export const INJECTED_FAULT = 'Injected fault: the change failed just before COMMIT (MUSTER_FAULT_INJECTION)';

/**
 * One open transaction of the unit of work: the manager every query of the change must
 * use (on the embedded database a query on another connection would wait for this one),
 * the time of the change, who makes it, and the audit events it collects.
 */
export class Transaction {
  private endsUnchanged = false;

  constructor(
    readonly manager: EntityManager,
    /** The time of the change, read once from the clock: every row and event share it. */
    readonly now: Date,
    readonly actor: Actor,
    // A joined unit of work shares these with the outer one (see UnitOfWork.run).
    readonly events: AuditDraft[] = [],
    readonly afterCommitHooks: AfterCommit[] = [],
  ) {}

  /** Records an audit event; it is written just before commit, or not at all. */
  record(draft: AuditDraft): void {
    this.events.push(draft);
  }

  /** Runs after a successful commit (wake-ups, subscriptions); never for durable work. */
  afterCommit(hook: AfterCommit): void {
    this.afterCommitHooks.push(hook);
  }

  /**
   * Ends the unit of work without writing, for a change that finds, once its rows are
   * locked, that there is nothing to do (a token already revoked, a time already fresh):
   * `run` rolls back instead of committing and returns what the work returns. Return it:
   * `if (!row) return tx.nothingToRecord();`.
   */
  nothingToRecord(): undefined {
    this.endsUnchanged = true;
    return undefined;
  }

  /** Whether the work said it has nothing to record (see nothingToRecord). */
  get changesNothing(): boolean {
    return this.endsUnchanged;
  }
}

/**
 * The single way to change state. `run` opens a transaction, runs the change, appends
 * the audit events it recorded, and commits; if anything throws, neither the change nor
 * its events are written. A change that records no audit event is refused: every
 * change is audited; one that has nothing to change says so (`tx.nothingToRecord()`) and
 * is rolled back.
 *
 * A `run` inside another joins the outer transaction: its events are the outer one's, and
 * the outer one commits. That is how services compose (seeding an organisation creates
 * its teams and people through their services, in one transaction): a service method
 * always opens its own `run` and never takes a Transaction; the `tx` a `run` hands out
 * goes to stores and helpers that record no event of their own.
 */
@Injectable()
export class UnitOfWork {
  private readonly active = new AsyncLocalStorage<Transaction>();
  private readonly logger = new Logger(UnitOfWork.name);
  private readonly faultInjection: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly appender: AuditAppender,
    private readonly clock: Clock,
    @Optional() private readonly metrics?: AppMetrics,
    // Tools build a unit of work without it: no fault injection there.
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
  ) {
    this.faultInjection = config?.database.faultInjection === true;
  }

  async run<T>(work: (tx: Transaction) => Promise<T>, options: { actor?: Actor } = {}): Promise<T> {
    const outer = this.active.getStore();
    if (outer) return this.join(outer, work);

    const ctx = currentContext();
    const actor = options.actor ?? ctx?.actor ?? SYSTEM_ACTOR;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const tx = new Transaction(runner.manager, this.clock.now(), actor);
    try {
      // READ COMMITTED: set for every session when it connects (poolOptions), not per
      // transaction, which would cost every change a round trip. A test checks the level.
      await runner.startTransaction();
      const result = await this.active.run(tx, () => work(tx));
      if (tx.changesNothing) {
        if (tx.events.length > 0)
          throw new DomainError(ErrorCode.INTERNAL, 'A change recorded audit events but said it had nothing to record');
        await runner.rollbackTransaction();
        return result;
      }
      if (tx.events.length === 0) {
        throw new DomainError(ErrorCode.INTERNAL, 'A change was attempted without an audit event');
      }
      await this.appender.append(tx.manager, tx.events, {
        occurredAt: tx.now,
        actor,
        roles: ctx?.roles ?? [],
        requestId: ctx?.requestId ?? null,
        clientAddress: ctx?.clientAddress ?? null,
      });
      // Tests only (refused in production): everything is written, then the commit never comes.
      if (this.faultInjection && ctx?.failBeforeCommit) throw new Error(INJECTED_FAULT);
      await runner.commitTransaction();
      this.metrics?.auditEventsAppended.inc(tx.events.length);
      await this.runAfterCommit(tx);
      return result;
    } catch (error) {
      // TypeORM releases a runner whose connection failed (a terminated backend): the change's
      // next query then fails as "already released". The database went away: SERVICE_UNAVAILABLE.
      if (runner.isReleased) throw connectionLost(error);
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      // Constraint violations the domain did not word itself become CONFLICT, never SQL.
      throw translateDatabaseError(error);
    } finally {
      await runner.release();
    }
  }

  /** The inner unit of work of a joined `run`: the outer one records, commits or rolls back. */
  private async join<T>(outer: Transaction, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const inner = new Transaction(outer.manager, outer.now, outer.actor, outer.events, outer.afterCommitHooks);
    const result = await work(inner);
    // It cannot roll back part of the outer transaction: what it wrote would be committed unaudited.
    if (inner.changesNothing)
      throw new DomainError(
        ErrorCode.INTERNAL,
        'Only a unit of work of its own can end without writing, not one joined to another',
      );
    return result;
  }

  private async runAfterCommit(tx: Transaction): Promise<void> {
    for (const hook of tx.afterCommitHooks) {
      try {
        await hook();
      } catch (error) {
        // The change is committed; a failed follow-up must not turn it into an error.
        this.logger.error(`after-commit hook failed: ${(error as Error).message}`);
      }
    }
  }
}
