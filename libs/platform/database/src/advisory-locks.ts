import { Transaction } from './unit-of-work';
import { sqlRows } from './sql';

/**
 * Transaction-scoped advisory locks, by name, for work that must run once at a time
 * across processes: released when the transaction ends, whatever happens.
 */
export const AdvisoryLock = {
  /** Waits until no other transaction holds the lock `name`. */
  async wait(tx: Transaction, name: string): Promise<void> {
    await sqlRows(tx.manager, `SELECT pg_advisory_xact_lock(hashtext($1)) AS locked`, [name]);
  },

  /** Takes the lock `name` if it is free; false when another transaction holds it. */
  async try(tx: Transaction, name: string): Promise<boolean> {
    const [{ taken }] = await sqlRows<{ taken: boolean }>(
      tx.manager,
      `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS taken`,
      [name],
    );
    return taken;
  },
};
