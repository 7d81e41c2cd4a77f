import { DomainError } from '@muster/platform-core';
import { renewRequestLoaders } from '@muster/platform-graphql';

export const CREDENTIALS_ENDED = Symbol('credentials ended');

/**
 * A value sent with the object the deliveries of one event share their caller-independent
 * loaders through (see renewRequestLoaders): the event was read once for every subscriber
 * in this process, and its nested fields are read once too.
 */
export class SharedDelivery<V> {
  constructor(
    readonly value: V,
    readonly shared: object,
  ) {}
}

/** What a stream yields: a value for the field (alone or shared), or the end of a connection whose credentials lapsed. */
export type StreamItem<V> = V | SharedDelivery<V> | typeof CREDENTIALS_ENDED;

/** What one event becomes at delivery: the values to send (none when out of sight), or the end of the credentials. */
export type Delivery<V> = (V | SharedDelivery<V>)[] | typeof CREDENTIALS_ENDED;

/**
 * The subscription field's resolver: the value, or UNAUTHENTICATED once the credentials
 * have lapsed. Each delivery gets fresh request loaders (the subscription's context lives
 * as long as it does): its nested fields are read as they are now — once per event for
 * all its subscribers when the value is a SharedDelivery.
 */
export function resolveStreamItem<V>(item: StreamItem<V>, _args?: unknown, context?: object): V {
  if (item instanceof SharedDelivery) {
    if (context) renewRequestLoaders(context, item.shared);
    return item.value;
  }
  if (context) renewRequestLoaders(context);
  if (item === CREDENTIALS_ENDED)
    throw DomainError.unauthenticated('Your session has ended: sign in again and subscribe again');
  return item;
}

/**
 * One subscriber's view of a topic: each event is judged at delivery (`deliver` checks the
 * credentials again and what the subscriber may see now, and what to send as it is now), so a
 * lost membership stops the events and a lapsed credential ends the stream with
 * UNAUTHENTICATED. An iterator, not an async generator: `return()` must end a subscription
 * that is waiting for an event.
 */
export class FilteredStream<E, V> implements AsyncIterableIterator<StreamItem<V>> {
  private ended = false;
  private readonly pending: (V | SharedDelivery<V>)[] = [];

  constructor(
    private readonly events: AsyncIterableIterator<E>,
    private readonly deliver: (event: E) => Promise<Delivery<V>>,
  ) {}

  async next(): Promise<IteratorResult<StreamItem<V>>> {
    while (!this.ended) {
      const queued = this.pending.shift();
      if (queued !== undefined) return { value: queued, done: false };
      const next = await this.events.next();
      if (next.done) break;
      const delivery = await this.deliver(next.value);
      if (delivery === CREDENTIALS_ENDED) {
        await this.return();
        return { value: CREDENTIALS_ENDED, done: false };
      }
      this.pending.push(...delivery);
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<StreamItem<V>>> {
    this.ended = true;
    await this.events.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<StreamItem<V>>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
