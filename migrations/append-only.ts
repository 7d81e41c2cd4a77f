import { QueryRunner } from 'typeorm';

/**
 * Makes `tables` append-only, for the owner too: a trigger function `fn` refusing UPDATE,
 * DELETE (per row) and TRUNCATE with `what` in its message, and — where the application
 * role exists — UPDATE, DELETE and TRUNCATE revoked from `muster_app`. Migrations that keep
 * records never changed (incident records, the IG decision log, exercise records) use it;
 * their `down` drops the tables, then the function.
 */
export async function madeAppendOnly(
  q: QueryRunner,
  fn: string,
  what: string,
  tables: readonly string[],
): Promise<void> {
  await q.query(`
    CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is ${what}: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`);
  for (const table of tables) {
    await q.query(`
      CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    await q.query(`
      CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
  }
  await q.query(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'muster_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON ${tables.join(', ')} FROM muster_app;
      END IF;
    END $$`);
}
