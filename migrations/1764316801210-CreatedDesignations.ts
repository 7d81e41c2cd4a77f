import { MigrationInterface, QueryRunner } from 'typeorm';

// Designation (libs/identity/src/designations/designation.ts), which a migration cannot import.
const DESIGNATIONS = `'ACCOUNTABLE_EMERGENCY_OFFICER', 'SIRO', 'CALDICOTT_GUARDIAN', 'DATA_PROTECTION_OFFICER',
  'STRATEGIC_ON_CALL', 'TACTICAL_ON_CALL', 'OPERATIONAL_ON_CALL'`;
const SINGLE_HOLDER = `'ACCOUNTABLE_EMERGENCY_OFFICER', 'SIRO', 'CALDICOTT_GUARDIAN', 'DATA_PROTECTION_OFFICER'`;

/**
 * Designations: the named people an organisation designates for its statutory and command
 * duties (one each for AEO, SIRO, Caldicott Guardian and DPO; on-call rotas of several).
 * A runbook step names either a designation, or a responsible role within a function,
 * never both. A draft whose steps all name designations has no role duties: the draft
 * duties refresh (1764316800700) now stores 0 bits for it rather than failing on NULL.
 */
export class CreatedDesignations1764316801210 implements MigrationInterface {
  name = 'CreatedDesignations1764316801210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE designation (
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        designation      text NOT NULL CHECK (designation IN (${DESIGNATIONS})),
        user_id          uuid NOT NULL REFERENCES app_user (id),
        designated_by    uuid REFERENCES app_user (id),
        designated_at    timestamptz NOT NULL,
        CONSTRAINT designation_pkey PRIMARY KEY (organisation_id, designation, user_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX designation_single_holder ON designation (organisation_id, designation) WHERE designation IN (${SINGLE_HOLDER})`,
    );
    await q.query(`CREATE INDEX designation_user ON designation (user_id)`);
    await q.query(`
      ALTER TABLE runbook_step
        ADD COLUMN designation text CHECK (designation IN (${DESIGNATIONS})),
        ALTER COLUMN function DROP NOT NULL,
        ALTER COLUMN responsible_role DROP NOT NULL,
        ADD CONSTRAINT runbook_step_one_assignee CHECK (
          (designation IS NOT NULL AND function IS NULL AND responsible_role IS NULL)
          OR (designation IS NULL AND function IS NOT NULL AND responsible_role IS NOT NULL))`);
    await q.query(`
      CREATE OR REPLACE FUNCTION runbook_draft_duties_refresh(runbook_ids uuid[]) RETURNS void
      LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DELETE FROM runbook_draft_duties d
        WHERE d.runbook_id = ANY (runbook_ids)
          AND NOT EXISTS (SELECT 1 FROM runbook_step s WHERE s.runbook_id = d.runbook_id);
        INSERT INTO runbook_draft_duties (runbook_id, step_count, duty_bits)
        SELECT s.runbook_id, count(*), coalesce(bit_or(s.duty_bit), 0) FROM runbook_step s
        WHERE s.runbook_id = ANY (runbook_ids)
        GROUP BY s.runbook_id
        ON CONFLICT (runbook_id) DO UPDATE SET step_count = excluded.step_count, duty_bits = excluded.duty_bits;
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM runbook_step WHERE designation IS NOT NULL`);
    await q.query(`
      ALTER TABLE runbook_step
        DROP CONSTRAINT runbook_step_one_assignee,
        DROP COLUMN designation,
        ALTER COLUMN function SET NOT NULL,
        ALTER COLUMN responsible_role SET NOT NULL`);
    await q.query(`DROP TABLE designation`);
  }
}
