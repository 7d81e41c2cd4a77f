import { MigrationInterface, QueryRunner } from 'typeorm';

// Designation (libs/identity/src/designations/designation.ts) in the order of DUTY_DESIGNATIONS
// (libs/readiness/src/duty-bits/duty-set.ts), which a migration cannot import.
const DESIGNATIONS = `'ACCOUNTABLE_EMERGENCY_OFFICER', 'SIRO', 'CALDICOTT_GUARDIAN', 'DATA_PROTECTION_OFFICER',
  'STRATEGIC_ON_CALL', 'TACTICAL_ON_CALL', 'OPERATIONAL_ON_CALL'`;

/**
 * A step naming a designation (1764316801210) needs someone to hold it, as a step naming a
 * role needs someone in the role: its duty becomes a bit too. Role duties use bits 0–55
 * (1764316800600); the seven designations take bits 56–62 of the same bigint, so the
 * version, step and draft summaries keep one column each. The generated columns are
 * recomputed (PostgreSQL 15 cannot change a generation expression in place: they are
 * dropped and added again, with their indexes), and so is every draft's summary.
 */
export class CountedDesignationsInDutyBits1764316801230 implements MigrationInterface {
  name = 'CountedDesignationsInDutyBits1764316801230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION readiness_designation_bit(designation text) RETURNS bigint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 1::bigint << (56 + array_position(ARRAY[${DESIGNATIONS}], designation) - 1)
      $$`);
    await this.redefine(
      q,
      `coalesce(readiness_duty_bit(e ->> 'responsibleRole', e ->> 'function'), readiness_designation_bit(e ->> 'designation'))`,
      'coalesce(readiness_duty_bit(responsible_role, function), readiness_designation_bit(designation))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await this.redefine(
      q,
      `readiness_duty_bit(e ->> 'responsibleRole', e ->> 'function')`,
      'readiness_duty_bit(responsible_role, function)',
    );
    await q.query(`DROP FUNCTION readiness_designation_bit(text)`);
  }

  /** The bit of a published step (`e`, jsonb) and of a working-copy step, and everything derived from them. */
  private async redefine(q: QueryRunner, versionStepBit: string, workingStepBit: string): Promise<void> {
    await q.query(`DROP INDEX runbook_version_readiness`);
    await q.query(`DROP INDEX runbook_step_duty_bits`);
    await q.query(`ALTER TABLE runbook_version DROP COLUMN required_duty_bits`);
    await q.query(`ALTER TABLE runbook_step DROP COLUMN duty_bit`);
    await q.query(`
      CREATE OR REPLACE FUNCTION runbook_steps_duty_bits(steps jsonb) RETURNS bigint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(${versionStepBit}), 0) FROM jsonb_array_elements(steps) AS e
      $$`);
    await q.query(`
      ALTER TABLE runbook_version
      ADD COLUMN required_duty_bits bigint NOT NULL GENERATED ALWAYS AS (runbook_steps_duty_bits(steps)) STORED`);
    await q.query(`ALTER TABLE runbook_step ADD COLUMN duty_bit bigint GENERATED ALWAYS AS (${workingStepBit}) STORED`);
    await q.query(`
      CREATE INDEX runbook_version_readiness ON runbook_version (id)
      INCLUDE (version_number, step_count, required_duty_bits, based_on_template_version)`);
    await q.query(`CREATE INDEX runbook_step_duty_bits ON runbook_step (runbook_id) INCLUDE (duty_bit)`);
    await q.query(`SELECT runbook_draft_duties_refresh(ARRAY(SELECT DISTINCT runbook_id FROM runbook_step))`);
  }
}
