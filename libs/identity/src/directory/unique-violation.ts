import { DomainError } from '@muster/platform-core';

/**
 * Turns a unique-constraint violation into a CONFLICT with a message the caller can act
 * on (`messages` by constraint name); anything else is rethrown as it is. The database
 * decides, so two concurrent requests cannot both pass a check-then-insert.
 */
export function rethrowDuplicate(messages: Record<string, string>): (error: unknown) => never {
  return (error: unknown) => {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505' && constraint && messages[constraint]) throw DomainError.conflict(messages[constraint]);
    throw error;
  };
}
