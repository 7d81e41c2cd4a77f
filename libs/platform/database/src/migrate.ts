import { Client } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';

export type MigrationClass = new () => MigrationInterface;

// Any constant shared by every process that migrates this database.
const MIGRATION_LOCK_KEY = 4_242_001;

/**
 * Runs pending migrations once, even when several processes start together: TypeORM
 * takes no lock of its own, so an advisory lock serialises them. A transaction-level lock,
 * held by an open transaction on a connection of its own until the migrations are done:
 * through PgBouncer in transaction mode an open transaction keeps its server connection,
 * where a session lock could be taken on one server connection and "released" on another.
 */
export async function runMigrations(url: string, migrations: MigrationClass[]): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  lock.on('error', () => undefined);
  await lock.connect();
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTransactionMode: 'each',
    migrationsTableName: 'migrations',
    logging: false,
  });
  try {
    await lock.query('BEGIN');
    await lock.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.query('COMMIT').catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}

/** How many migrations are recorded as applied (for the readiness check). */
export async function appliedMigrationCount(query: (sql: string) => Promise<{ n: string }[]>): Promise<number> {
  const rows = await query(`SELECT count(*)::text AS n FROM migrations`);
  return Number(rows[0].n);
}
