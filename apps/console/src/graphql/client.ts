import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { from, mergeMap, throwError } from 'rxjs';
import type { SessionStore } from '../auth/session-store';

/**
 * One Apollo client per signed-in session: queries and mutations over HTTP with the
 * access token in the Authorization header, subscriptions over graphql-ws on the same
 * /graphql with the token in connection_init. The cache is in memory only and is thrown
 * away with the client on sign-out, so nothing the person saw outlives their session.
 */
export interface SessionClient {
  client: ApolloClient;
  /** Held by the signed-in tree while mounted; released for the last time, the client and its cache are thrown away. */
  retain: () => void;
  release: () => void;
}

export function createApolloClient(
  store: SessionStore,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): SessionClient {
  const withToken = new SetContextLink(async (prev) => {
    const token = await store.accessToken();
    return {
      headers: { ...(prev.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });
  // Refused as UNAUTHENTICATED (the session was revoked, the server restarted with new keys):
  // refresh through the cookie once and retry; with no session left, the store signs out.
  const retryOnceSignedInAgain = new ErrorLink(({ error, operation, forward }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (!unauthenticated || operation.getContext().musterRetried) return;
    operation.setContext({ musterRetried: true });
    return from(store.refresh()).pipe(mergeMap((session) => (session ? forward(operation) : throwError(() => error))));
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'omit', fetch: fetchImpl });
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const socket = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: 20,
    connectionParams: async () => {
      const token = await store.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(socket),
    ApolloLink.from([retryOnceSignedInAgain, withToken, http]),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  let holders = 0;
  const dispose = () => {
    void socket.dispose();
    client.stop();
    void client.clearStore();
  };
  return {
    client,
    retain: () => {
      holders++;
    },
    // A microtask later: React's StrictMode unmounts and mounts again at once in development.
    release: () => {
      holders--;
      queueMicrotask(() => {
        if (holders === 0) dispose();
      });
    },
  };
}
