import { DomainError, ErrorCode } from '@muster/platform-core';
import { KeysetCursor } from './keyset-cursor';

const UUID = '0b5c3f4e-2f1a-4c6d-9e8b-7a6f5e4d3c2b';
const raw = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** The error `decode` throws, or null when it decodes. */
function refusal(decode: () => unknown): DomainError | null {
  try {
    decode();
    return null;
  } catch (error) {
    return error as DomainError;
  }
}

describe('KeysetCursor', () => {
  const byName = new KeysetCursor('teams', ['text', 'uuid']);
  const byTime = new KeysetCursor('apiKeys', ['timestamp', 'uuid']);
  const byId = new KeysetCursor('auditTrail', ['bigint']);

  it('decodes what it encoded', () => {
    expect(byName.decode(byName.encode(['Cyber team 🚑', UUID]))).toEqual(['Cyber team 🚑', UUID]);
    expect(byTime.decode(byTime.encode(['2026-11-28T09:00:00.000Z', UUID]))).toEqual([
      '2026-11-28T09:00:00.000Z',
      UUID,
    ]);
    expect(byId.decode(byId.encode(['9223372036854775807']))).toEqual(['9223372036854775807']);
  });

  it.each([
    ['garbage', byName, 'not a cursor'],
    ['base64 of no JSON', byName, Buffer.from('{oops').toString('base64url')],
    ['an object', byName, raw({ name: 'x', id: UUID })],
    [
      'another list’s cursor of the same shape',
      byName,
      new KeysetCursor('users', ['text', 'uuid']).encode(['x', UUID]),
    ],
    ['no list name', byName, raw(['x', UUID])],
    ['too few values', byName, raw(['teams', 'x'])],
    ['a number where text goes', byName, raw(['teams', 1, UUID])],
    ['a NUL in text (PostgreSQL cannot bind it)', byName, raw(['teams', 'a\u0000b', UUID])],
    ['a lone surrogate in text', byName, raw(['teams', 'a\ud800b', UUID])],
    ['a malformed uuid', byName, raw(['teams', 'x', 'not-a-uuid'])],
    ['a timestamp Date.parse takes but PostgreSQL does not', byTime, raw(['apiKeys', '1', UUID])],
    ['an impossible date', byTime, raw(['apiKeys', '2026-02-30T00:00:00.000Z', UUID])],
    ['a bigint past its range', byId, raw(['auditTrail', '9223372036854775808'])],
    ['a negative id', byId, raw(['auditTrail', '-1'])],
  ])('refuses %s as BAD_USER_INPUT on after', (_name, cursor, text) => {
    const error = refusal(() => cursor.decode(text));
    expect(error).toBeInstanceOf(DomainError);
    expect(error?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error?.fields).toEqual([{ field: 'after', message: 'is not a cursor from this list' }]);
  });
});
