import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';

/** A job as its handler sees it. */
export interface Job {
  id: string;
  kind: string;
  key: string;
  organisationId: string | null;
  payload: Record<string, unknown>;
  runAt: Date;
  /** Attempts made before this one. */
  attempts: number;
  maxAttempts: number;
}

export interface NewJob {
  kind: string;
  /** Unique across all jobs: enqueuing a key that exists adds nothing. */
  key: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  organisationId?: string | null;
  maxAttempts: number;
}

export type JobStatus = 'PENDING' | 'DONE' | 'FAILED';

const VIEW = `id, kind, key, organisation_id AS "organisationId", payload, run_at AS "runAt", attempts, max_attempts AS "maxAttempts"`;

/** The scheduled_job table. Writes take the transaction of the unit of work they belong to. */
@Injectable()
export class JobStore {
  /** Pending jobs: due now, and waiting for a later time (for /metrics). */
  async depth(manager: EntityManager, now: Date): Promise<{ due: number; later: number }> {
    const [row] = await sqlRows<{ due: number; later: number }>(
      manager,
      `SELECT count(*) FILTER (WHERE run_at <= $1)::int AS due, count(*) FILTER (WHERE run_at > $1)::int AS later
         FROM scheduled_job WHERE status = 'PENDING'`,
      [now],
    );
    return row;
  }

  /** Inserts the job unless its key exists; true if it was new. */
  async insert(tx: Transaction, job: NewJob): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO scheduled_job (kind, key, organisation_id, payload, run_at, max_attempts, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT scheduled_job_key DO NOTHING RETURNING id`,
      [
        job.kind,
        job.key,
        job.organisationId ?? null,
        JSON.stringify(job.payload ?? {}),
        job.runAt,
        job.maxAttempts,
        tx.now,
      ],
    );
    return rows.length === 1;
  }

  /** Inserts the jobs whose keys are new, in one statement; how many were. */
  async insertMany(tx: Transaction, jobs: NewJob[]): Promise<number> {
    if (!jobs.length) return 0;
    const rows = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO scheduled_job (kind, key, organisation_id, payload, run_at, max_attempts, created_at)
       SELECT j.kind, j.key, j.organisation_id, j.payload, j.run_at, j.max_attempts, $7
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::jsonb[], $5::timestamptz[], $6::int[])
           AS j(kind, key, organisation_id, payload, run_at, max_attempts)
       ON CONFLICT ON CONSTRAINT scheduled_job_key DO NOTHING RETURNING id`,
      [
        jobs.map((j) => j.kind),
        jobs.map((j) => j.key),
        jobs.map((j) => j.organisationId ?? null),
        jobs.map((j) => JSON.stringify(j.payload ?? {})),
        jobs.map((j) => j.runAt),
        jobs.map((j) => j.maxAttempts),
        tx.now,
      ],
    );
    return rows.length;
  }

  /**
   * The oldest due job of one of `kinds`, locked for the rest of the transaction; jobs
   * other transactions hold are skipped, so concurrent processes each take a different one.
   */
  async claimNext(tx: Transaction, now: Date, kinds: readonly string[]): Promise<Job | null> {
    const [row] = await sqlRows<Job>(
      tx.manager,
      `SELECT ${VIEW} FROM scheduled_job
        WHERE status = 'PENDING' AND run_at <= $1 AND kind = ANY($2)
        ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now, [...kinds]],
    );
    return row ?? null;
  }

  /** The job again, if still pending at the attempt count its runner saw and not held by another transaction. */
  async lockAttempt(tx: Transaction, id: string, attempts: number): Promise<Job | null> {
    const [row] = await sqlRows<Job>(
      tx.manager,
      `SELECT ${VIEW} FROM scheduled_job WHERE id = $1 AND status = 'PENDING' AND attempts = $2 FOR UPDATE SKIP LOCKED`,
      [id, attempts],
    );
    return row ?? null;
  }

  async finish(
    tx: Transaction,
    id: string,
    status: Exclude<JobStatus, 'PENDING'>,
    lastError: string | null = null,
  ): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE scheduled_job SET status = $2, attempts = attempts + 1, finished_at = $3, last_error = $4 WHERE id = $1`,
      [id, status, tx.now, lastError],
    );
  }

  async retryAt(tx: Transaction, id: string, runAt: Date, lastError: string): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE scheduled_job SET attempts = attempts + 1, run_at = $2, last_error = $3 WHERE id = $1`,
      [id, runAt, lastError],
    );
  }

  /** Tests and tools: a job by key, with its state. */
  async findByKey(
    manager: EntityManager,
    key: string,
  ): Promise<(Job & { status: JobStatus; lastError: string | null }) | null> {
    const [row] = await sqlRows<Job & { status: JobStatus; lastError: string | null }>(
      manager,
      `SELECT ${VIEW}, status, last_error AS "lastError" FROM scheduled_job WHERE key = $1`,
      [key],
    );
    return row ?? null;
  }
}
