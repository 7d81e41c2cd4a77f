import { describe, expect, it } from 'vitest';
import { acceptInvitation, acceptProblem, tokenFrom, validateWelcome } from './welcome';

const respond = (body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body)));

describe('the welcome form', () => {
  it('reads the token of the emailed link', () => {
    expect(tokenFrom('?token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenFrom('?token=')).toBeNull();
    expect(tokenFrom('')).toBeNull();
  });

  it('asks for a long enough password, twice the same', () => {
    expect(validateWelcome('', '')).toEqual([
      { field: 'password', message: 'Enter a password' },
      { field: 'confirm', message: 'Enter the password again' },
    ]);
    expect(validateWelcome('short', 'short')).toEqual([
      { field: 'password', message: 'Password must be at least 12 characters long' },
    ]);
    expect(validateWelcome('correct horse battery', 'correct horse batter')).toEqual([
      { field: 'confirm', message: 'Passwords do not match' },
    ]);
    expect(validateWelcome('correct horse battery', 'correct horse battery')).toEqual([]);
  });

  it('says a link that cannot be used has expired or was used, whatever the reason', () => {
    const result = acceptProblem({
      errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', message: 'x' }] } }],
    });
    expect(result.ok || result.linkUnusable).toBe(true);
    expect(result.ok ? '' : result.problem.message).toMatch(/expired or has already been used/);
  });

  it("puts the API's password refusal on the password field", () => {
    const result = acceptProblem({
      errors: [
        {
          message: 'x',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'is too common' }] },
        },
      ],
    });
    expect(result).toEqual({
      ok: false,
      linkUnusable: false,
      problem: { field: 'password', message: 'Password is too common' },
    });
  });

  it('sends the token and password to acceptInvitation, signed out', async () => {
    const calls: RequestInit[] = [];
    const fetchImpl = (_: string, init: RequestInit) => {
      calls.push(init);
      return respond({ data: { acceptInvitation: true } })();
    };
    expect(await acceptInvitation('tok', 'correct horse battery', fetchImpl)).toEqual({ ok: true });
    expect(calls[0].credentials).toBe('omit');
    const body = JSON.parse(calls[0].body as string) as { variables: unknown };
    expect(body.variables).toEqual({ token: 'tok', password: 'correct horse battery' });
  });

  it('answers plainly when Muster cannot be reached', async () => {
    const result = await acceptInvitation('tok', 'correct horse battery', () => Promise.reject(new Error('offline')));
    expect(result.ok ? '' : result.problem.message).toMatch(/cannot be reached/);
  });
});
