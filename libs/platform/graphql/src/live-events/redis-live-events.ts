import { setTimeout as delay } from 'node:timers/promises';
import { OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis, RedisOptions } from 'ioredis';
import { ConfigError, RedisSettings } from '@muster/platform-config';
import type { Logger } from '@muster/platform-core';
import { encodeLiveEvent } from './live-event-codec';
import { LiveEvents } from './live-events';
import { RedisEventStream } from './redis-event-stream';

type Role = 'publisher' | 'subscriber';
type State = 'starting' | 'up' | 'down';

/** How long closing waits for Redis to acknowledge QUIT before dropping the connection. */
const QUIT_WITHIN_MS = 1_000;

/**
 * Live events through Redis pub/sub (graphql-redis-subscriptions over ioredis): every API
 * process sharing the Redis and REDIS_CHANNEL_PREFIX receives what any of them publishes,
 * its own included. Two connections, as Redis requires (one in subscriber mode can send
 * nothing else):
 * - the publisher has no offline queue and a command timeout, so a publish during an
 *   outage fails at once (or after REDIS_PUBLISH_TIMEOUT_MS if Redis stalls) instead of
 *   holding the mutation that committed it; the failure is logged once per outage, with
 *   how many events were dropped when publishing works again;
 * - the subscriber queues its SUBSCRIBEs while Redis is away and re-subscribes every
 *   channel when it is back, so subscriptions survive an outage (missing what was
 *   published meanwhile: the inbox has it).
 * Both reconnect for ever (backing off to 5 s); a lost connection is logged once, and once
 * more when it is back. Nothing here throws into a request or crashes the process.
 */
export class RedisLiveEvents extends LiveEvents implements OnApplicationShutdown {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly pubsub: RedisPubSub;
  private readonly streams = new Set<RedisEventStream<unknown>>();
  private readonly state: Record<Role, State> = { publisher: 'starting', subscriber: 'starting' };
  private lastConnectionError: string | null = null;
  /** Publishes that failed since the last one that worked (logged at the first). */
  private droppedEvents = 0;
  private closed = false;

  /**
   * Connects and waits for both connections (up to REDIS_CONNECT_TIMEOUT_MS). Unreachable:
   * with `requiredAtStart` (production) a ConfigError, its message the one line `main`
   * prints before it exits; otherwise one warning line and a degraded start (nothing is
   * delivered live until Redis answers; the connections keep trying).
   */
  static async connect(settings: RedisSettings, logger: Logger): Promise<RedisLiveEvents> {
    const live = new RedisLiveEvents(settings, logger);
    const problem = await live.started(settings.connectTimeoutMs);
    if (!problem) {
      logger.debug({ redis: live.describe() }, 'live events through Redis');
      return live;
    }
    const unreachable = `points at a Redis that cannot be reached (${redisAddress(settings.url)}: ${problem})`;
    if (settings.requiredAtStart) {
      await live.close();
      throw new ConfigError('REDIS_URL', `${unreachable}; production does not start without it`);
    }
    logger.warn(`REDIS_URL ${unreachable}: starting without live events until it answers (retrying in the background)`);
    return live;
  }

  private constructor(
    private readonly settings: RedisSettings,
    private readonly logger: Logger,
  ) {
    super();
    const common: RedisOptions = {
      connectTimeout: settings.connectTimeoutMs,
      retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
      // Closed while reconnecting, ioredis waits this long for a socket that is already gone (2 s by default).
      disconnectTimeout: 200,
    };
    // Named (CLIENT LIST shows `<prefix>publisher` and `<prefix>subscriber`) so an operator, and the tests, can tell them apart.
    this.publisher = new Redis(settings.url, {
      ...common,
      connectionName: `${settings.channelPrefix}publisher`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: settings.publishTimeoutMs,
    });
    this.subscriber = new Redis(settings.url, {
      ...common,
      connectionName: `${settings.channelPrefix}subscriber`,
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      autoResubscribe: true,
    });
    this.watch('publisher', this.publisher);
    this.watch('subscriber', this.subscriber);
    catchUnsubscribeFailures(this.subscriber);
    this.pubsub = new GuardedRedisPubSub({
      publisher: this.publisher,
      subscriber: this.subscriber,
      // We encode (so that a payload the codec refuses throws in the publisher) and decode (so that a bad message is dropped, not passed on raw).
      serializer: (message: string) => message,
      deserializer: (source: string | Buffer) => source.toString(),
    });
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    const message = encodeLiveEvent(payload);
    if (this.closed) return;
    try {
      await this.pubsub.publish(this.channel(topic), message);
    } catch (error) {
      if (this.droppedEvents++ === 0) {
        this.logger.warn(
          { err: error, redis: redisAddress(this.settings.url) },
          'live events: cannot publish to Redis; events are dropped until it answers (logged once; subscribers catch up from their inbox)',
        );
      }
      return;
    }
    if (this.droppedEvents) {
      this.logger.info(
        { dropped: this.droppedEvents },
        `live events: publishing to Redis again; ${this.droppedEvents} event(s) were dropped meanwhile`,
      );
      this.droppedEvents = 0;
    }
  }

  listen<T>(topic: string): AsyncIterableIterator<T> {
    if (this.closed) {
      const over = new RedisEventStream<T>(this.pubsub, this.channel(topic), this.logger, () => undefined);
      over.end();
      return over;
    }
    const stream = new RedisEventStream<T>(this.pubsub, this.channel(topic), this.logger, (s) =>
      this.streams.delete(s as RedisEventStream<unknown>),
    );
    this.streams.add(stream as RedisEventStream<unknown>);
    return stream;
  }

  describe(): string {
    return `through Redis at ${redisAddress(this.settings.url)} (channels ${this.settings.channelPrefix}…)`;
  }

  /** The Redis channel of a topic: the prefix keeps deployments (and test runs) sharing a Redis apart. */
  channel(topic: string): string {
    return this.settings.channelPrefix + topic;
  }

  /** Nest calls this last on `app.close()`, after the WebSocket server has closed its subscriptions. */
  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  /** Ends every open subscription and closes both connections, within about a second whatever Redis does. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const stream of [...this.streams]) stream.end();
    await Promise.all([closeConnection(this.publisher), closeConnection(this.subscriber)]);
  }

  private watch(role: Role, client: Redis): void {
    // Without an 'error' listener ioredis reports every failed reconnection on the console.
    client.on('error', (error: NodeJS.ErrnoException) => {
      if (this.closed) return;
      this.lastConnectionError = error.code ?? error.message;
      if (this.state[role] !== 'up') return;
      this.state[role] = 'down';
      this.logger.warn(
        { redis: redisAddress(this.settings.url), problem: this.lastConnectionError },
        `live events: the Redis ${role} connection is lost; reconnecting (logged once until it is back)`,
      );
    });
    client.on('ready', () => {
      if (this.state[role] === 'down' && !this.closed)
        this.logger.info(
          { redis: redisAddress(this.settings.url) },
          `live events: the Redis ${role} connection is back`,
        );
      this.state[role] = 'up';
    });
  }

  /** Null once both connections are ready, or what stood in the way when `ms` is over. */
  private async started(ms: number): Promise<string | null> {
    const ready = (client: Redis) =>
      client.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => client.once('ready', () => resolve()));
    const abort = new AbortController();
    const outcome = await Promise.race([
      Promise.all([ready(this.publisher), ready(this.subscriber)]).then(() => 'ready' as const),
      delay(ms, 'timeout' as const, { signal: abort.signal }).catch(() => 'timeout' as const),
    ]);
    abort.abort();
    if (outcome === 'ready') return null;
    // Told once now; the 'ready' that ends the outage says so.
    for (const role of ['publisher', 'subscriber'] as const)
      if (this.state[role] === 'starting') this.state[role] = 'down';
    return this.lastConnectionError ?? `no answer within ${ms} ms`;
  }
}

/**
 * RedisPubSub (2.7.0, pinned) keeps one deferred per channel being subscribed, for the
 * subscribers that join while the SUBSCRIBE is under way. When Redis refuses the SUBSCRIBE
 * (an ACL's NOPERM, say) that deferred rejects with nobody listening to it: an unhandled
 * rejection, which ends a Node process. Marked handled here; the subscribers hear of the
 * failure through the promises `subscribe` returns them.
 */
class GuardedRedisPubSub extends RedisPubSub {
  override subscribe<T = unknown>(
    trigger: string,
    onMessage: (message: T) => void,
    options?: unknown,
  ): Promise<number> {
    const subscribed = super.subscribe(trigger, onMessage, options);
    const pending = (
      this as unknown as { subsPendingRefsMap: Map<string, { pending: Promise<unknown> }> }
    ).subsPendingRefsMap.get(trigger);
    pending?.pending.catch(() => undefined);
    return subscribed;
  }
}

/** host:port of a Redis URL: never its password. */
export function redisAddress(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 6379}`;
}

/**
 * RedisPubSub fires UNSUBSCRIBE and PUNSUBSCRIBE without handling their promises; one that
 * fails (the connection closed during an outage) would be an unhandled rejection, which
 * ends a Node process. Handled here; what is not unsubscribed is gone with the connection.
 */
function catchUnsubscribeFailures(client: Redis): void {
  for (const name of ['unsubscribe', 'punsubscribe'] as const) {
    const original = client[name].bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const sent = original(...args);
      sent.catch(() => undefined);
      return sent;
    };
  }
}

async function closeConnection(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    const abort = new AbortController();
    await Promise.race([
      client.quit().catch(() => undefined),
      delay(QUIT_WITHIN_MS, undefined, { signal: abort.signal }).catch(() => undefined),
    ]);
    abort.abort();
  }
  if (client.status !== 'end') client.disconnect();
}
