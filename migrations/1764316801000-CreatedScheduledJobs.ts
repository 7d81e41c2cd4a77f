import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scheduler's jobs (libs/platform/scheduler): one row per unit of time-driven work,
 * unique by its key ("review-due:<runbook>:<due date>"), so enqueuing the same work twice
 * — a retry, a second process, a sweep that runs again — adds nothing. A job is due when
 * PENDING and `run_at` (judged by the application's clock, not the database's) has come.
 * It is claimed by locking its row FOR UPDATE SKIP LOCKED for the transaction that runs
 * it, so there is no RUNNING state to clean up: a process that dies mid-job loses its
 * connection, the transaction aborts and the row is due again for the next process.
 * Done and failed jobs stay: their keys are the memory of work already done.
 */
export class CreatedScheduledJobs1764316801000 implements MigrationInterface {
  name = 'CreatedScheduledJobs1764316801000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheduled_job (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind             text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.-]{0,99}$'),
        key              text NOT NULL CHECK (length(key) BETWEEN 1 AND 300),
        -- Whose audit chain the job's own events go to; null: the ICS-wide chain.
        organisation_id  uuid REFERENCES organisation (id),
        payload          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
        status           text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
        run_at           timestamptz NOT NULL,
        attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        max_attempts     integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
        last_error       text CHECK (length(last_error) <= 500),
        created_at       timestamptz NOT NULL,
        finished_at      timestamptz,
        CONSTRAINT scheduled_job_key UNIQUE (key),
        CONSTRAINT scheduled_job_finished CHECK ((status = 'PENDING') = (finished_at IS NULL))
      )`);
    // The claim: the oldest due pending jobs.
    await q.query(`CREATE INDEX scheduled_job_due ON scheduled_job (run_at, id) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scheduled_job`);
  }
}
