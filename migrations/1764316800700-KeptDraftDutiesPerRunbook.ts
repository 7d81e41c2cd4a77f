import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readiness judges a runbook with no approved version by its working-copy steps: how many,
 * and their duties as bits. Aggregating those steps on every read of the matrix cost more
 * than the rest of the statement (1,000 drafts of 20 steps: ~10 ms of ~25), so the database
 * keeps the aggregate per runbook in `runbook_draft_duties`, maintained by statement-level
 * triggers on `runbook_step` in the same transaction as the change, never written by hand.
 * Additive like the duty bits (1764316800600): the runbooks library neither reads nor writes
 * it, and the application role may only read it (the refresh runs as the owner). Every
 * change to a runbook's steps first locks the runbook row, so two transactions never
 * recompute the same runbook from different snapshots. (TRUNCATE of the steps would bypass
 * the triggers; nothing truncates them.)
 */
export class KeptDraftDutiesPerRunbook1764316800700 implements MigrationInterface {
  name = 'KeptDraftDutiesPerRunbook1764316800700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE runbook_draft_duties (
        runbook_id  uuid PRIMARY KEY REFERENCES runbook (id) ON DELETE CASCADE,
        step_count  integer NOT NULL CHECK (step_count >= 1),
        duty_bits   bigint NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION runbook_draft_duties_refresh(runbook_ids uuid[]) RETURNS void
      LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DELETE FROM runbook_draft_duties d
        WHERE d.runbook_id = ANY (runbook_ids)
          AND NOT EXISTS (SELECT 1 FROM runbook_step s WHERE s.runbook_id = d.runbook_id);
        INSERT INTO runbook_draft_duties (runbook_id, step_count, duty_bits)
        SELECT s.runbook_id, count(*), bit_or(s.duty_bit) FROM runbook_step s
        WHERE s.runbook_id = ANY (runbook_ids)
        GROUP BY s.runbook_id
        ON CONFLICT (runbook_id) DO UPDATE SET step_count = excluded.step_count, duty_bits = excluded.duty_bits;
      $$`);
    // One trigger function per kind of statement: each sees only the transition tables it has.
    for (const [name, event, tables, ids] of [
      ['runbook_steps_inserted', 'INSERT', 'NEW TABLE AS changed_steps', 'SELECT runbook_id FROM changed_steps'],
      ['runbook_steps_deleted', 'DELETE', 'OLD TABLE AS changed_steps', 'SELECT runbook_id FROM changed_steps'],
      [
        'runbook_steps_updated',
        'UPDATE',
        'OLD TABLE AS old_steps NEW TABLE AS new_steps',
        'SELECT runbook_id FROM old_steps UNION SELECT runbook_id FROM new_steps',
      ],
    ]) {
      await q.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM runbook_draft_duties_refresh(ARRAY(SELECT DISTINCT runbook_id FROM (${ids}) changed));
          RETURN NULL;
        END $$`);
      await q.query(`
        CREATE TRIGGER ${name} AFTER ${event} ON runbook_step
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    await q.query(`SELECT runbook_draft_duties_refresh(ARRAY(SELECT DISTINCT runbook_id FROM runbook_step))`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'muster_app') THEN
          REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON runbook_draft_duties FROM muster_app, PUBLIC;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['runbook_steps_inserted', 'runbook_steps_deleted', 'runbook_steps_updated']) {
      await q.query(`DROP TRIGGER ${name} ON runbook_step`);
      await q.query(`DROP FUNCTION ${name}()`);
    }
    await q.query(`DROP FUNCTION runbook_draft_duties_refresh(uuid[])`);
    await q.query(`DROP TABLE runbook_draft_duties`);
  }
}
