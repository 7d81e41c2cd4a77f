import { MigrationInterface, QueryRunner } from 'typeorm';

// The bit of a duty (a responsible role for a function) is role index × 7 + function index,
// in these orders: 56 bits of a bigint. The readiness library decodes them with the same
// lists (libs/readiness/src/readiness.duties.ts); adding a role or a function means a new
// migration that redefines readiness_duty_bit and recomputes required_duty_bits.
const ROLES = `'SYSTEM_ADMIN', 'ORG_ADMIN', 'INCIDENT_COMMANDER', 'IG_OFFICER', 'EPRR_LEAD', 'RESPONDER', 'VIEWER', 'AUDITOR'`;
const FUNCTIONS = `'INFORMATION_GOVERNANCE', 'EPRR', 'DIGITAL', 'CYBER_SOC', 'COMMUNICATIONS', 'CLINICAL', 'EXECUTIVE_ON_CALL'`;

/**
 * Readiness checks that every step's responsible role is held by someone in the step's
 * function, for every runbook of the ICS at once. Unpacking each approved version's steps
 * (jsonb) on every read is far too slow (10,000 versions: ~250 ms), so each version also
 * stores its duties as a bit set, and each working-copy step its duty's bit (for drafts),
 * derived by the database and never written by hand. Additive: the runbooks library
 * neither reads nor writes these columns.
 */
export class AddedRunbookDutyBits1764316800600 implements MigrationInterface {
  name = 'AddedRunbookDutyBits1764316800600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION readiness_duty_bit(role text, fn text) RETURNS bigint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 1::bigint << ((array_position(ARRAY[${ROLES}], role) - 1) * 7
                             + array_position(ARRAY[${FUNCTIONS}], fn) - 1)
      $$`);
    await q.query(`
      CREATE FUNCTION runbook_steps_duty_bits(steps jsonb) RETURNS bigint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(readiness_duty_bit(e ->> 'responsibleRole', e ->> 'function')), 0)
        FROM jsonb_array_elements(steps) AS e
      $$`);
    await q.query(`
      ALTER TABLE runbook_version
      ADD COLUMN required_duty_bits bigint NOT NULL GENERATED ALWAYS AS (runbook_steps_duty_bits(steps)) STORED`);
    await q.query(`
      ALTER TABLE runbook_step
      ADD COLUMN duty_bit bigint GENERATED ALWAYS AS (readiness_duty_bit(responsible_role, function)) STORED`);
    // The matrix reads every live runbook's version in force and draft steps' duties: from
    // these indexes alone, not from the wide rows (steps jsonb, texts).
    await q.query(`
      CREATE INDEX runbook_version_readiness ON runbook_version (id)
      INCLUDE (version_number, step_count, required_duty_bits, based_on_template_version)`);
    await q.query(`CREATE INDEX runbook_step_duty_bits ON runbook_step (runbook_id) INCLUDE (duty_bit)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX runbook_step_duty_bits`);
    await q.query(`DROP INDEX runbook_version_readiness`);
    await q.query(`ALTER TABLE runbook_step DROP COLUMN duty_bit`);
    await q.query(`ALTER TABLE runbook_version DROP COLUMN required_duty_bits`);
    await q.query(`DROP FUNCTION runbook_steps_duty_bits(jsonb)`);
    await q.query(`DROP FUNCTION readiness_duty_bit(text, text)`);
  }
}
