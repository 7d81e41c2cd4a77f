import type { RedisPubSub } from 'graphql-redis-subscriptions';
import type { Logger } from '@muster/platform-core';
import { decodeLiveEvent } from './live-event-codec';

const DONE: IteratorResult<never> = { value: undefined, done: true };

/**
 * One subscriber's events of one Redis channel. RedisPubSub shares a channel's SUBSCRIBE
 * between its subscribers and counts them; this iterator is ours rather than the library's
 * because `return()` must end a subscription at once even while its SUBSCRIBE waits for an
 * unreachable Redis (the library's awaits it, so a client closing during an outage would
 * hang), and because a message that does not decode must be dropped and logged, not handed
 * on as raw text. Subscribes on the first `next()`, like graphql-subscriptions' iterator.
 */
export class RedisEventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private readonly pulls: ((result: IteratorResult<T>) => void)[] = [];
  private subscribing = false;
  private subscriptionId: number | null = null;
  private ended = false;

  constructor(
    private readonly pubsub: RedisPubSub,
    readonly channel: string,
    private readonly logger: Logger,
    private readonly onEnd: (stream: RedisEventStream<T>) => void,
  ) {}

  next(): Promise<IteratorResult<T>> {
    if (this.ended) return Promise.resolve(DONE);
    this.subscribe();
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    return new Promise((resolve) => this.pulls.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve(DONE);
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.end();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the stream: pending and later `next()`s are done, the channel is let go of. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const pull of this.pulls.splice(0)) pull(DONE);
    this.queue.length = 0;
    if (this.subscriptionId !== null) this.unsubscribe(this.subscriptionId);
    this.onEnd(this);
  }

  private subscribe(): void {
    if (this.subscribing) return;
    this.subscribing = true;
    this.pubsub
      .subscribe<string>(this.channel, (text) => this.push(text))
      .then(
        (id) => {
          // Ended while Redis was being asked: let go of the channel now.
          if (this.ended) this.unsubscribe(id);
          else this.subscriptionId = id;
        },
        (error: unknown) => {
          // Only when the connection is closed for good (shutdown): queued SUBSCRIBEs otherwise wait for Redis.
          if (this.ended) return;
          this.logger.warn(
            { err: error, channel: this.channel },
            'live events: could not subscribe to a Redis channel; ending the subscription',
          );
          this.end();
        },
      );
  }

  private push(text: string): void {
    if (this.ended) return;
    let value: T;
    try {
      value = decodeLiveEvent<T>(text);
    } catch (error) {
      this.logger.warn({ err: error, channel: this.channel }, 'live events: dropped a message that does not decode');
      return;
    }
    const pull = this.pulls.shift();
    if (pull) pull({ value, done: false });
    else this.queue.push(value);
  }

  private unsubscribe(id: number): void {
    try {
      this.pubsub.unsubscribe(id);
    } catch (error) {
      this.logger.warn(
        { err: error, channel: this.channel },
        'live events: could not unsubscribe from a Redis channel',
      );
    }
  }
}
