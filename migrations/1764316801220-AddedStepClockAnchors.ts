import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A step's target time counts from the declaration of the incident (the default, and what
 * every existing step meant) or from awareness of a personal data breach / NIS incident,
 * for the 72-hour notifications whose legal clock starts before a late declaration.
 * Versions already published keep their jsonb as it is: a step without `clockAnchor`
 * reads as DECLARATION.
 */
export class AddedStepClockAnchors1764316801220 implements MigrationInterface {
  name = 'AddedStepClockAnchors1764316801220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE runbook_step
        ADD COLUMN clock_anchor text NOT NULL DEFAULT 'DECLARATION'
          CHECK (clock_anchor IN ('DECLARATION', 'BREACH_AWARENESS'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE runbook_step DROP COLUMN clock_anchor`);
  }
}
