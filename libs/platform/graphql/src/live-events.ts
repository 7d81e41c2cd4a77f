import { EventEmitter } from 'node:events';
import { Global, Injectable, Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

/**
 * Live events for subscriptions: what one part of the app publishes after a commit, the
 * subscribers of a topic receive. Behind this small interface so that a later fan-out
 * across processes (Redis) replaces the in-process one without touching publishers or
 * resolvers. Delivery is best effort by nature: anything durable (the inbox) is in the
 * database, and a client reconnecting reads it from there.
 */
export abstract class LiveEvents {
  abstract publish<T>(topic: string, payload: T): Promise<void>;
  /** The events of `topic` from now on; `return()` ends the subscription. */
  abstract listen<T>(topic: string): AsyncIterableIterator<T>;
}

/** One process: publishers and subscribers share an event emitter. */
@Injectable()
export class InProcessLiveEvents extends LiveEvents {
  private readonly pubsub: PubSub<Record<string, unknown>>;

  constructor() {
    super();
    const emitter = new EventEmitter();
    // A topic per person: a few listeners each, but many people; no leak warning at 10.
    emitter.setMaxListeners(0);
    this.pubsub = new PubSub({ eventEmitter: emitter });
  }

  publish<T>(topic: string, payload: T): Promise<void> {
    return this.pubsub.publish(topic, payload);
  }

  listen<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator<T>(topic);
  }
}

@Global()
@Module({ providers: [{ provide: LiveEvents, useClass: InProcessLiveEvents }], exports: [LiveEvents] })
export class LiveEventsModule {}
