import { MigrationInterface, QueryRunner } from 'typeorm';

const BODY = (schema: string) => `
  SELECT coalesce(bit_or(coalesce(${schema}readiness_duty_bit(e ->> 'responsibleRole', e ->> 'function'),
                                  ${schema}readiness_designation_bit(e ->> 'designation'))), 0)
    FROM jsonb_array_elements(steps) AS e`;

/**
 * A backup must restore. pg_restore runs with an empty search_path, and computes
 * `runbook_version.required_duty_bits` (a generated column) while it loads the rows: the
 * function behind it named the functions it calls without their schema, so the restore
 * failed ("function readiness_duty_bit(text, text) does not exist"). Its body now names
 * them in the schema the migrations run in. Same result, so stored values stand.
 */
export class QualifiedDutyBitsForRestore1764316801730 implements MigrationInterface {
  name = 'QualifiedDutyBitsForRestore1764316801730';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }] = (await q.query(`SELECT current_schema() AS schema`)) as { schema: string }[];
    await this.define(q, `${quoteIdent(schema)}.`);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.define(q, '');
  }

  private async define(q: QueryRunner, schema: string): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION runbook_steps_duty_bits(steps jsonb) RETURNS bigint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$${BODY(schema)}
      $$`);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
