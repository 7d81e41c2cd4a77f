import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A year's EPRR deep dive: a top-level section of the framework whose questions are rated
 * like standards but do not count towards the organisation's assurance band (NHS England
 * reports the deep dive separately). Imported with the framework, like everything in it.
 */
export class AddedDeepDiveQuestions1764316801720 implements MigrationInterface {
  name = 'AddedDeepDiveQuestions1764316801720';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assurance_section ADD COLUMN deep_dive boolean NOT NULL DEFAULT false`);
    await q.query(`
      ALTER TABLE assurance_section ADD CONSTRAINT assurance_section_deep_dive_top_level
        CHECK (NOT deep_dive OR parent_id IS NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assurance_section DROP COLUMN deep_dive`);
  }
}
