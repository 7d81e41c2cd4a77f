import { Client } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';

export type MigrationClass = new () => MigrationInterface;

// Any constant shared by every process that migrates this database.
const MIGRATION_LOCK_KEY = 4_242_001;

/**
 * Runs pending migrations once, even when several processes start together: TypeORM
 * takes no lock of its own, so an advisory lock serialises them, on a connection of its own.
 * `lock: 'transaction'` (what the API's start uses on PostgreSQL) holds a transaction-level
 * lock in a transaction left open until the migrations are done: through PgBouncer in
 * transaction mode an open transaction keeps its server connection, where a session lock
 * could be taken on one server connection and "released" on another. The embedded
 * database shares one session among its connections, so there the lock is a session lock.
 */
export async function runMigrations(
  url: string,
  migrations: MigrationClass[],
  { lock: kind }: { lock: 'session' | 'transaction' } = { lock: 'session' },
): Promise<string[]> {
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
    if (kind === 'transaction') {
      await lock.query('BEGIN');
      await lock.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    } else {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    const release = kind === 'transaction' ? 'COMMIT' : `SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    await lock.query(release).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}

/** How many migrations are recorded as applied (for the readiness check). */
export async function appliedMigrationCount(query: (sql: string) => Promise<{ n: string }[]>): Promise<number> {
  const rows = await query(`SELECT count(*)::text AS n FROM migrations`);
  return Number(rows[0].n);
}
