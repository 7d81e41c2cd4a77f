import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LiveEvents } from '@muster/platform-graphql';
import { TestApp } from '@muster/testing';

export interface LiveMessage<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What one subscription received, in order: results, then `complete`, or an error (a close). */
export type LiveEvent<T> = { next: LiveMessage<T> } | { error: unknown } | { complete: true };

export interface LiveSubscription<T> {
  /** The next event (waits for it). */
  next(): Promise<LiveEvent<T>>;
  /** Close codes of the socket, as they happen. */
  closes: number[];
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client of the test app, over a real WebSocket on its /graphql, with
 * `connectionParams` as the connection_init payload. No reconnecting: a refused or closed
 * connection is an event of the subscription.
 */
export function subscribe<T>(
  t: TestApp,
  connectionParams: Record<string, unknown>,
  query: string,
): LiveSubscription<T> {
  const closes: number[] = [];
  const client: Client = createClient({
    url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    on: { closed: (event) => closes.push((event as { code: number }).code) },
  });
  const queue: LiveEvent<T>[] = [];
  const waiting: ((event: LiveEvent<T>) => void)[] = [];
  const push = (event: LiveEvent<T>) => {
    const waiter = waiting.shift();
    if (waiter) waiter(event);
    else queue.push(event);
  };
  const unsubscribe = client.subscribe<T>(
    { query },
    {
      next: (value) => push({ next: value as LiveMessage<T> }),
      error: (error) => push({ error }),
      complete: () => push({ complete: true }),
    },
  );
  return {
    next: () => {
      const queued = queue.shift();
      return queued ? Promise.resolve(queued) : new Promise((resolve) => waiting.push(resolve));
    },
    closes,
    dispose: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}

/**
 * Resolves once the app has started listening to `userId`'s notifications: the server side
 * of a subscription is set up asynchronously (credentials, guard, resolver), and an event
 * raised before it would not reach it. Wraps the app's LiveEvents.listen, by the topic.
 */
export function listening(t: TestApp, userId: string): Promise<void> {
  const live = t.app.get(LiveEvents);
  const original = live.listen.bind(live);
  return new Promise((resolve) => {
    const spy = jest.spyOn(live, 'listen').mockImplementation(<E>(topic: string) => {
      const events = original<E>(topic);
      if (topic !== `notifications:${userId}`) return events;
      spy.mockRestore();
      const next = events.next.bind(events);
      // The first pull attaches the listener (graphql-subscriptions subscribes on it), synchronously.
      events.next = () => {
        const pulled = next();
        resolve();
        return pulled;
      };
      return events;
    });
  });
}
