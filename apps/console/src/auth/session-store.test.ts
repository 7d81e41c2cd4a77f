import { describe, expect, it } from 'vitest';
import { SessionStore, signInProblem } from './session-store';

const user = { id: 'u1', email: 'a@b.nhs.uk', displayName: 'A B' };

function fakeFetch(responses: Record<string, () => Response>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    calls.push({ url, init });
    const answer = responses[`${init?.method ?? 'GET'} ${url}`];
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  }) as typeof fetch;
  return { impl, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('SessionStore', () => {
  it('keeps the access token in memory after sign-in and tells its listeners', async () => {
    const { impl, calls } = fakeFetch({
      'POST /auth/session': () => json(200, { accessToken: 'at1', expiresAt: '2030-01-01T00:00:00Z', user }),
    });
    const store = new SessionStore(impl, () => Date.parse('2029-12-31T23:00:00Z'));
    let told = 0;
    store.subscribe(() => told++);
    const result = await store.signIn('a@b.nhs.uk', 'pw');
    expect(result.ok).toBe(true);
    expect(told).toBe(1);
    expect(await store.accessToken()).toBe('at1');
    expect(calls[0].init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('refreshes through the cookie when the token is about to expire, once for concurrent callers', async () => {
    let refreshes = 0;
    const { impl } = fakeFetch({
      'POST /auth/session': () => json(200, { accessToken: 'old', expiresAt: '2030-01-01T00:00:10Z', user }),
      'POST /auth/session/refresh': () => {
        refreshes++;
        return json(200, { accessToken: 'new', expiresAt: '2030-01-01T00:15:00Z', user });
      },
    });
    const store = new SessionStore(impl, () => Date.parse('2030-01-01T00:00:00Z'));
    await store.signIn('a@b.nhs.uk', 'pw');
    const tokens = await Promise.all([store.accessToken(), store.accessToken()]);
    expect(tokens).toEqual(['new', 'new']);
    expect(refreshes).toBe(1);
  });

  it('is signed out when the cookie holds no session', async () => {
    const { impl } = fakeFetch({ 'POST /auth/session/refresh': () => json(401, { code: 'UNAUTHENTICATED' }) });
    const store = new SessionStore(impl);
    expect(await store.refresh()).toBeNull();
    expect(store.isRestored()).toBe(true);
    expect(await store.accessToken()).toBeNull();
  });

  it('forgets the session on sign-out even when the API cannot be reached', async () => {
    const { impl } = fakeFetch({
      'POST /auth/session': () => json(200, { accessToken: 'at', expiresAt: '2099-01-01T00:00:00Z', user }),
    });
    const store = new SessionStore(impl);
    await store.signIn('a@b.nhs.uk', 'pw');
    await expect(store.signOut()).rejects.toThrow();
    expect(store.current()).toBeNull();
  });

  it('says in words why a sign-in failed', async () => {
    const { impl } = fakeFetch({});
    const offline = await new SessionStore(impl).signIn('a@b.nhs.uk', 'pw');
    expect(offline.ok).toBe(false);
    expect(!offline.ok && offline.message).toMatch(/cannot be reached/);
    expect(signInProblem(401, {})).toEqual({ field: 'email', message: 'The email address or password is not right' });
    expect(signInProblem(429, { message: 'try again after 2030-01-01T10:15:00.000Z' }).message).toMatch(
      /^Too many attempts to sign in. Try again after \d\d:\d\d\.$/,
    );
    expect(signInProblem(400, { fields: [{ field: 'password', message: 'x' }] })).toEqual({
      field: 'password',
      message: 'Enter your password',
    });
  });
});
