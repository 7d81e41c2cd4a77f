import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '@muster/platform-core';
import { createErrorFormatter } from './format-error';

const reported: unknown[] = [];
const format = createErrorFormatter(false, (e) => reported.push(e));
const formatted = (error: Error) =>
  format({ message: error.message, path: ['x'] }, new GraphQLError(error.message, { originalError: error }));

describe('error formatter', () => {
  beforeEach(() => (reported.length = 0));

  it('keeps a domain error code, message and field details', () => {
    const out = formatted(DomainError.badInput('odsCode', 'must be 3 to 10 letters or digits'));
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'odsCode', message: 'must be 3 to 10 letters or digits' }],
    });
    expect(reported).toHaveLength(0);
  });

  it.each([
    [DomainError.notFound('Runbook'), 'NOT_FOUND'],
    [DomainError.forbidden(), 'FORBIDDEN'],
    [DomainError.unauthenticated(), 'UNAUTHENTICATED'],
    [DomainError.conflict('stale'), 'CONFLICT'],
  ])('maps %s to %s', (error, code) => {
    expect(formatted(error).extensions?.code).toBe(code);
  });

  it('masks unexpected errors: no SQL, paths or stack, and reports them to the log', () => {
    const leak = new Error('duplicate key value violates unique constraint "x" at /work/main/libs/a.ts:1');
    const out = formatted(leak);
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(reported).toEqual([leak]);
  });

  it('masks an INTERNAL domain error too', () => {
    expect(formatted(new DomainError(ErrorCode.INTERNAL, 'secret detail')).message).toBe('Internal server error');
  });
});
