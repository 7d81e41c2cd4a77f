import { Actor } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';

class NothingChanged extends Error {}

/**
 * For a unit of work that finds, once its rows are locked, that there is nothing to
 * change (a token already revoked, a last-used time already fresh): it rolls back and
 * returns nothing, instead of committing a change with no audit event.
 */
export function nothingChanged(): never {
  throw new NothingChanged('nothing to change');
}

export async function runUnlessUnchanged<T>(
  uow: UnitOfWork,
  work: (tx: Transaction) => Promise<T>,
  options: { actor?: Actor } = {},
): Promise<T | undefined> {
  try {
    return await uow.run(work, options);
  } catch (error) {
    if (error instanceof NothingChanged) return undefined;
    throw error;
  }
}
