import { DomainError, ErrorCode } from '@muster/platform-core';
import { conflictOnDuplicate, translateDatabaseError } from './database-errors';

const pgError = (code: string, constraint?: string) =>
  Object.assign(new Error('duplicate key value violates unique constraint'), { code, constraint });

describe('translateDatabaseError', () => {
  it('words a unique violation by its constraint, and a generic CONFLICT for a constraint it does not know', () => {
    const messages = { team_name_unique: 'This organisation already has a team with this name' };
    expect(translateDatabaseError(pgError('23505', 'team_name_unique'), messages)).toEqual(
      DomainError.conflict(messages.team_name_unique),
    );
    expect(translateDatabaseError(pgError('23505', 'other_key'), messages)).toEqual(
      DomainError.conflict('This would duplicate an existing record'),
    );
    expect(translateDatabaseError(pgError('23505', 'toString'))).toEqual(
      DomainError.conflict('This would duplicate an existing record'),
    );
  });

  it('answers a serialization failure or a deadlock with a CONFLICT to retry, and leaves other errors as they are', () => {
    for (const code of ['40001', '40P01'])
      expect((translateDatabaseError(pgError(code)) as DomainError).code).toBe(ErrorCode.CONFLICT);
    const other = pgError('23503');
    expect(translateDatabaseError(other)).toBe(other);
    expect(translateDatabaseError(undefined)).toBeUndefined();
  });

  it('rethrows from a catch handler, never returning', () => {
    expect(() => conflictOnDuplicate({ k: 'taken' })(pgError('23505', 'k'))).toThrow('taken');
  });
});
