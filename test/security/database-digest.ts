import { TestApp } from '@muster/testing';

/**
 * Every table's rows, hashed: "nothing was written" means this is unchanged. The audit
 * trail is append-only (triggers refuse the rest) and the largest table, so its count and
 * last id say the same for far less.
 */
export async function databaseDigest(t: TestApp): Promise<Record<string, string>> {
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_event' ORDER BY 1`,
  );
  const rows: { name: string; digest: string }[] = await t.dataSource.query(
    [
      `SELECT 'audit_event' AS name, count(*) || '/' || coalesce(max(id), 0) AS digest FROM audit_event`,
      // An order-free sum of row hashes: no sort, however many rows other suites of this worker left.
      ...tables.map(
        ({ name }) => `SELECT '${name}', count(*) || '/' || coalesce(sum(hashtext(x::text)), 0) FROM "${name}" x`,
      ),
    ].join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** The tables whose digest differs between `before` and `after`. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((table) => after[table] !== before[table]);
}
