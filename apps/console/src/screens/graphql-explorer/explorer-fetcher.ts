import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';

/** What the explorer needs of the session: a current access token (refreshed through the cookie when due). */
export interface TokenSource {
  accessToken(): Promise<string | null>;
}

/**
 * A fetch that sends each request as the signed-in person: the bearer token, asked for
 * at every request (so a refreshed token is used), no cookies.
 */
export function bearerFetch(session: TokenSource, fetchImpl: typeof fetch = (...args) => fetch(...args)): typeof fetch {
  return async (input, init) => {
    const token = await session.accessToken();
    const headers = new Headers(init?.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetchImpl(input, { ...init, headers, credentials: 'omit' });
  };
}

/**
 * GraphiQL's fetcher: queries and mutations over HTTP on /graphql, subscriptions over
 * graphql-ws on the same path with the token in connection_init — as the console sends them.
 * `dispose` closes the socket when the explorer is left.
 */
export function explorerFetcher(
  session: TokenSource,
  origin: Location = location,
): { fetcher: Fetcher; dispose: () => void } {
  const wsClient = createClient({
    url: `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}/graphql`,
    lazy: true,
    connectionParams: async () => {
      const token = await session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const fetcher = createGraphiQLFetcher({ url: '/graphql', fetch: bearerFetch(session), wsClient });
  return { fetcher, dispose: () => void wsClient.dispose() };
}
