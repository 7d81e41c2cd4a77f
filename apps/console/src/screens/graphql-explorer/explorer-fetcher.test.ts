import { describe, expect, it } from 'vitest';
import { bearerFetch } from './explorer-fetcher';

describe("the GraphQL explorer's fetch", () => {
  it('sends every request with the current bearer token and no cookies', async () => {
    const tokens = ['first', 'refreshed'];
    const sent: RequestInit[] = [];
    const send = bearerFetch({ accessToken: async () => tokens.shift() ?? null }, async (_input, init) => {
      sent.push(init ?? {});
      return new Response('{}');
    });
    await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await send('/graphql', { method: 'POST' });
    expect(sent.map((init) => new Headers(init.headers).get('authorization'))).toEqual([
      'Bearer first',
      'Bearer refreshed',
    ]);
    expect(new Headers(sent[0].headers).get('content-type')).toBe('application/json');
    expect(sent.every((init) => init.credentials === 'omit')).toBe(true);
  });

  it('sends no authorization header when signed out', async () => {
    let headers: Headers | undefined;
    await bearerFetch({ accessToken: async () => null }, async (_input, init) => {
      headers = new Headers(init?.headers);
      return new Response('{}');
    })('/graphql');
    expect(headers?.has('authorization')).toBe(false);
  });
});
