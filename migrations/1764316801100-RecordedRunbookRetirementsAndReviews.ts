import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who retired a runbook and why (a retirement needs a reason, and readiness says when a
 * category lost its plan), and the last review of the version in force: its approval, or
 * a later review without change that restarted the review clock. Existing approved
 * runbooks take their current version's approval as their last review. Retirements from
 * before this migration keep no reason (null).
 */
export class RecordedRunbookRetirementsAndReviews1764316801100 implements MigrationInterface {
  name = 'RecordedRunbookRetirementsAndReviews1764316801100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE runbook
        ADD COLUMN retired_by         uuid REFERENCES app_user (id),
        ADD COLUMN retirement_reason  text CHECK (length(retirement_reason) BETWEEN 3 AND 1000),
        ADD COLUMN last_reviewed_at   timestamptz,
        ADD COLUMN last_reviewed_by   uuid REFERENCES app_user (id),
        ADD CONSTRAINT runbook_retirement_when_retired
          CHECK (status = 'RETIRED' OR (retired_by IS NULL AND retirement_reason IS NULL))`);
    await q.query(`
      UPDATE runbook r SET last_reviewed_at = v.approved_at, last_reviewed_by = v.approved_by
        FROM runbook_version v
       WHERE v.id = r.current_version_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE runbook
        DROP CONSTRAINT runbook_retirement_when_retired,
        DROP COLUMN last_reviewed_by,
        DROP COLUMN last_reviewed_at,
        DROP COLUMN retirement_reason,
        DROP COLUMN retired_by`);
  }
}
