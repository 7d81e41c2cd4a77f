import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../auth/session-store';
import { createApolloClient } from './client';

const user = { id: 'u', email: 'e@x.nhs.uk', displayName: 'E' };
const session = (token: string) =>
  new Response(JSON.stringify({ accessToken: token, expiresAt: '2099-01-01T00:00:00Z', user }), { status: 200 });

describe('the Apollo client of a session', () => {
  it('refreshes once and retries an operation refused as UNAUTHENTICATED, with the new token', async () => {
    const seen: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url === '/auth/session') return session('first');
      if (url === '/auth/session/refresh') return session('second');
      const authorization = new Headers(init?.headers).get('authorization') ?? '';
      seen.push(authorization);
      const body =
        authorization === 'Bearer second'
          ? { data: { serverInfo: { __typename: 'ServerInfo', version: '1' } } }
          : { errors: [{ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } }] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const store = new SessionStore(fetchImpl);
    await store.signIn('e@x.nhs.uk', 'pw');
    const { client } = createApolloClient(store, fetchImpl);
    const result = await client.query({ query: gql`{ serverInfo { version } }` });
    expect(result.data).toEqual({ serverInfo: { __typename: 'ServerInfo', version: '1' } });
    expect(seen).toEqual(['Bearer first', 'Bearer second']);
  });

  it('gives up after one retry, signed out when the cookie holds no session', async () => {
    const fetchImpl = (async (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url === '/auth/session') return session('first');
      if (url === '/auth/session/refresh') return new Response('{}', { status: 401 });
      return new Response(
        JSON.stringify({ errors: [{ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } }] }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    }) as typeof fetch;
    const store = new SessionStore(fetchImpl);
    await store.signIn('e@x.nhs.uk', 'pw');
    const { client } = createApolloClient(store, fetchImpl);
    await expect(client.query({ query: gql`{ serverInfo { version } }` })).rejects.toThrow('Authentication required');
    expect(store.current()).toBeNull();
  });
});
