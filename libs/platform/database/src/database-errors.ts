import { DomainError } from '@muster/platform-core';

// PostgreSQL SQLSTATE codes.
const UNIQUE_VIOLATION = '23505';
const SERIALIZATION_FAILURE = '40001';
const DEADLOCK_DETECTED = '40P01';

/** What each unique constraint a caller can run into means, by constraint name. */
export type DuplicateMessages = Readonly<Record<string, string>>;

/**
 * Constraint violations become CONFLICT, never a SQL message. A unique violation is
 * worded by its constraint in `duplicates` when it is there, so the caller can act on it:
 * the database decides, so two concurrent requests cannot both pass a check-then-insert.
 * Anything else is returned as it is.
 */
export function translateDatabaseError(error: unknown, duplicates: DuplicateMessages = {}): unknown {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (code === UNIQUE_VIOLATION) {
    const known = typeof constraint === 'string' && Object.hasOwn(duplicates, constraint);
    return DomainError.conflict(known ? duplicates[constraint] : 'This would duplicate an existing record');
  }
  if (code === SERIALIZATION_FAILURE || code === DEADLOCK_DETECTED)
    return DomainError.conflict('A concurrent change interfered; try again');
  return error;
}

/** For `.catch(…)` on a write that may hit a unique constraint (see translateDatabaseError). */
export function conflictOnDuplicate(duplicates: DuplicateMessages): (error: unknown) => never {
  return (error: unknown) => {
    throw translateDatabaseError(error, duplicates);
  };
}
