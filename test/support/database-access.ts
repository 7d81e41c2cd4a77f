import { Client, DatabaseError } from 'pg';

/**
 * Direct database access for suites that act below the API: someone with superuser
 * access rewriting history, or a statement tried as another role and undone.
 */

/**
 * Runs `work` on `db` in one committed transaction with user triggers off
 * (session_replication_role = replica): how a superuser would edit the append-only
 * tables. Rolled back if `work` throws.
 */
export async function withoutTriggers(db: Client, work: () => Promise<unknown>): Promise<void> {
  await db.query('BEGIN');
  try {
    await db.query(`SET LOCAL session_replication_role = replica`);
    await work();
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** Runs `work` on `db` in a transaction that is always rolled back: what it returned, or the error it failed with. */
export async function rolledBack<T>(
  db: Client,
  work: () => Promise<T>,
): Promise<{ result?: T; error?: DatabaseError }> {
  await db.query('BEGIN');
  try {
    return { result: await work() };
  } catch (error) {
    return { error: error as DatabaseError };
  } finally {
    await db.query('ROLLBACK');
  }
}
