import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Clock, SYSTEM_ACTOR } from '@muster/platform-core';
import { Lifecycle, Transaction, UnitOfWork } from '@muster/platform-database';
import { AppMetrics } from '@muster/platform-metrics';
import { backoffMs, periodStart } from './backoff';
import { Job, JobStore } from './job.store';
import { SchedulerAudit } from './scheduler.audit';

/**
 * Runs inside the transaction that holds the job's row, so its writes commit with the
 * job's completion or not at all; it returns a one-line summary for the audit trail.
 * Keep it to database work: anything that talks to the outside world (email, webhooks)
 * goes through an outbox and a `BackgroundWork` instead, never holding a transaction.
 */
export type JobHandler = (job: Job, tx: Transaction) => Promise<string>;

export interface JobKind {
  /** `area.what`, e.g. `runbooks.review-reminder`. */
  kind: string;
  handle: JobHandler;
  /** Attempts before the job is marked FAILED (default 5). */
  maxAttempts?: number;
  /** First retry after this long, doubling, capped (defaults: 1 minute, 1 hour). */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/** Work of its own kind that a tick drives after the jobs (the notification delivery worker). */
export interface BackgroundWork {
  name: string;
  /** Handles what is due; how many items it handled. */
  runDue(now: Date): Promise<number>;
}

export interface EnqueueJob {
  kind: string;
  key: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  organisationId?: string | null;
}

export interface TickReport {
  /** Periodic slots newly enqueued. */
  scheduled: number;
  completed: number;
  failed: number;
  /** Items the background work handled (deliveries attempted). */
  worked: number;
}

const DEFAULTS = { maxAttempts: 5, retryBaseMs: 60_000, retryMaxMs: 3_600_000 };
const MAX_ERROR_LENGTH = 300;

/**
 * Time-driven work in PostgreSQL, run once across any number of processes (README, "The
 * scheduler"). Domains register job kinds at start-up (`register`, `every` for periodic
 * sweeps) and enqueue jobs inside their own unit of work (`enqueue`), so a rolled-back
 * change schedules nothing. `tick(now)` enqueues the periodic slots that are due, runs
 * every due job it can claim, then drives the registered background work; the loop
 * (SchedulerLoop) calls it in production, tests call it themselves with a FixedClock.
 *
 * Why not pg-boss: it judges due-ness by the database's `now()`, so the injected clock
 * could not drive it, and it brings a schema and connections of its own; this is one
 * table claimed with FOR UPDATE SKIP LOCKED through the unit of work, which runs the same
 * on the embedded database.
 */
@Injectable()
export class Scheduler {
  private readonly logger = new Logger(Scheduler.name);
  private readonly kinds = new Map<string, Required<JobKind>>();
  private readonly periodic = new Map<string, number>();
  private readonly work: BackgroundWork[] = [];
  private readonly jobsPerTick: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly store: JobStore,
    private readonly lifecycle: Lifecycle,
    dataSource: DataSource,
    @Optional() private readonly metrics?: AppMetrics,
  ) {
    this.jobsPerTick = config.scheduler.jobsPerTick;
    metrics?.gaugeAtScrape(
      'muster_jobs_pending',
      'Pending scheduled jobs: due now (the queue to work) and waiting for a later time.',
      ['when'],
      () => this.store.depth(dataSource.manager, this.clock.now()),
      'when',
    );
  }

  register(kind: JobKind): void {
    if (this.kinds.has(kind.kind)) throw new Error(`Job kind ${kind.kind} is already registered`);
    this.kinds.set(kind.kind, { ...DEFAULTS, ...kind });
  }

  /** Runs the registered `kind` once per period of `intervalMs` (from the epoch), with no catch-up after downtime. */
  every(kind: string, intervalMs: number): void {
    if (!this.kinds.has(kind)) throw new Error(`Register job kind ${kind} before making it periodic`);
    this.periodic.set(kind, intervalMs);
  }

  addWork(work: BackgroundWork): void {
    this.work.push(work);
  }

  /**
   * Enqueues a job in the caller's unit of work (it commits with the change, or not at
   * all); a job with the same key already enqueued, run or failed makes this a no-op.
   * True if the job is new. The caller's change records the audit event.
   */
  enqueue(tx: Transaction, job: EnqueueJob): Promise<boolean> {
    return this.store.insert(tx, { ...job, maxAttempts: this.kindNamed(job.kind).maxAttempts });
  }

  /** `enqueue` for many jobs in one statement; how many were new. */
  enqueueMany(tx: Transaction, jobs: EnqueueJob[]): Promise<number> {
    return this.store.insertMany(
      tx,
      jobs.map((job) => ({ ...job, maxAttempts: this.kindNamed(job.kind).maxAttempts })),
    );
  }

  /** One round: due periodic slots, then due jobs (at most SCHEDULER_JOBS_PER_TICK), then background work. */
  async tick(now: Date = this.clock.now()): Promise<TickReport> {
    const scheduled = await this.schedulePeriodic(now);
    const jobs = await this.runDueJobs(now);
    let worked = 0;
    for (const work of this.work) worked += await work.runDue(now);
    return { scheduled, ...jobs, worked };
  }

  /** Only the jobs due now (at most SCHEDULER_JOBS_PER_TICK): no periodic slot, no background work. */
  async runDueJobs(now: Date = this.clock.now()): Promise<Pick<TickReport, 'completed' | 'failed'>> {
    const report = { completed: 0, failed: 0 };
    // After SIGTERM, the job under way finishes and no other starts.
    while (report.completed + report.failed < this.jobsPerTick && !this.lifecycle.isShuttingDown) {
      const outcome = await this.runNext(now);
      if (outcome === 'none') break;
      report[outcome] += 1;
    }
    return report;
  }

  private async schedulePeriodic(now: Date): Promise<number> {
    let scheduled = 0;
    for (const [kind, intervalMs] of this.periodic) {
      const runAt = periodStart(now, intervalMs);
      const key = `${kind}@${runAt.toISOString()}`;
      const added = await this.uow.run(
        async (tx) => {
          if (!(await this.enqueue(tx, { kind, key, runAt }))) return tx.nothingToRecord();
          tx.record({
            action: SchedulerAudit.jobScheduled,
            organisationId: null,
            entityType: 'scheduled_job',
            entityId: null,
            summary: `Periodic job ${key} scheduled`,
            changes: { kind, key, runAt: runAt.toISOString() },
          });
          return true;
        },
        { actor: SYSTEM_ACTOR },
      );
      if (added) scheduled += 1;
    }
    return scheduled;
  }

  /** Claims and runs the oldest due job; a failure rolls its work back and is recorded on its own. */
  private async runNext(now: Date): Promise<'completed' | 'failed' | 'none'> {
    const claimed: { job: Job | null } = { job: null };
    try {
      const ran = await this.uow.run(
        async (tx) => {
          const job = await this.store.claimNext(tx, now, [...this.kinds.keys()]);
          if (!job) return tx.nothingToRecord();
          claimed.job = job;
          const summary = await this.kindNamed(job.kind).handle(job, tx);
          await this.store.finish(tx, job.id, 'DONE');
          tx.record({
            action: SchedulerAudit.jobCompleted,
            organisationId: job.organisationId,
            entityType: 'scheduled_job',
            entityId: job.id,
            summary: `Job ${job.key}: ${summary}`,
            changes: { kind: job.kind, key: job.key, attempt: job.attempts + 1 },
          });
          return true;
        },
        { actor: SYSTEM_ACTOR },
      );
      if (ran && claimed.job) this.metrics?.jobsRun.inc({ kind: claimed.job.kind, outcome: 'completed' });
      return ran ? 'completed' : 'none';
    } catch (error) {
      if (!claimed.job) throw error;
      await this.recordFailure(claimed.job, error);
      this.metrics?.jobsRun.inc({ kind: claimed.job.kind, outcome: 'failed' });
      return 'failed';
    }
  }

  private kindNamed(name: string): Required<JobKind> {
    const kind = this.kinds.get(name);
    // Only registered kinds are enqueued and claimed.
    if (!kind) throw new Error(`Unknown job kind ${name}`);
    return kind;
  }

  private async recordFailure(job: Job, error: unknown): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    this.logger.warn(`job ${job.key} failed (attempt ${job.attempts + 1} of ${job.maxAttempts}): ${message}`);
    const kind = this.kindNamed(job.kind);
    await this.uow.run(
      async (tx) => {
        // Taken by another process meanwhile (its own attempt decides), or already moved on.
        if (!(await this.store.lockAttempt(tx, job.id, job.attempts))) return tx.nothingToRecord();
        const attempt = job.attempts + 1;
        const last = attempt >= job.maxAttempts;
        const retryAt = new Date(tx.now.getTime() + backoffMs(attempt, kind.retryBaseMs, kind.retryMaxMs));
        if (last) await this.store.finish(tx, job.id, 'FAILED', message);
        else await this.store.retryAt(tx, job.id, retryAt, message);
        tx.record({
          action: last ? SchedulerAudit.jobFailed : SchedulerAudit.jobRetryScheduled,
          organisationId: job.organisationId,
          entityType: 'scheduled_job',
          entityId: job.id,
          summary: last
            ? `Job ${job.key} failed after ${attempt} attempts: ${message}`
            : `Job ${job.key} failed (attempt ${attempt}); retry at ${retryAt.toISOString()}`,
          changes: {
            kind: job.kind,
            key: job.key,
            attempt,
            error: message,
            ...(last ? {} : { retryAt: retryAt.toISOString() }),
          },
        });
      },
      { actor: SYSTEM_ACTOR },
    );
  }
}
