import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { decodeLiveEvent, encodeLiveEvent } from './live-event-codec';

/**
 * Live events for subscriptions: what one part of the app publishes after a commit, the
 * subscribers of a topic receive — in this process (`InProcessLiveEvents`, the default) or
 * in every process sharing a Redis (`RedisLiveEvents`, when REDIS_URL is set); publishers
 * and resolvers see only this interface. Payloads travel as `live-event-codec.ts` says
 * (JSON with Dates kept), on either transport.
 *
 * Delivery is best effort by nature: anything durable (the inbox) is in the database, and a
 * client reconnecting reads it from there. `publish` is called after a commit and never
 * rejects for a transport outage (it is logged instead): the change is committed whatever
 * happens to its live echo. It does throw for a payload the codec cannot carry — a bug.
 */
export abstract class LiveEvents {
  abstract publish<T>(topic: string, payload: T): Promise<void>;
  /** The events of `topic` from now on; `return()` ends the subscription. */
  abstract listen<T>(topic: string): AsyncIterableIterator<T>;
  /** Where events go, for the start banner: no secrets. */
  abstract describe(): string;
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
    // The same round trip as through Redis: subscribers get what they would get there.
    return this.pubsub.publish(topic, decodeLiveEvent(encodeLiveEvent(payload)));
  }

  listen<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator<T>(topic);
  }

  describe(): string {
    return 'in this process only (set REDIS_URL to share them between processes)';
  }
}
