import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** Milliseconds on a monotonic clock, shared by publishers and subscribers (one process). */
export const now = (): number => performance.now();

/**
 * What every subscriber must receive, as the exact JSON text of a `next` payload for an
 * incident version: `{"data":{"incidentChanged":{…,"version":n}}}`.
 */
export type PayloadOf = (version: number) => string;

/** One subscriber's deliveries since the last reset: the incident version each showed and when it arrived. */
interface Received {
  versions: number[];
  at: number[];
}

/**
 * A thousand (or `size`) subscribers of one case and what they received. Every message is
 * checked on arrival — its text must be exactly `payloadOf(its version)` — and anything
 * else (another text, an error, a completion, a lost connection) is a failure of the run.
 */
export class SubscriberPool {
  private readonly received: Received[];
  private readonly failures: string[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly closers: (() => Promise<void>)[] = [];
  private settingUp = true;
  /** Subscriptions asked again and connections reopened while setting up. */
  setupRetries = 0;

  private constructor(
    readonly name: string,
    readonly size: number,
    private readonly payloadOf: PayloadOf,
  ) {
    this.received = Array.from({ length: size }, () => ({ versions: [], at: [] }));
  }

  /** `size` plain `ws` clients of the raw broadcaster, each reading graphql-ws-shaped `next` messages. */
  static async raw(name: string, url: string, size: number, payloadOf: PayloadOf): Promise<SubscriberPool> {
    const pool = new SubscriberPool(name, size, payloadOf);
    await inBatches(size, 100, async (i) => {
      const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`);
      await new Promise<void>((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      socket.on('message', (data: Buffer) => {
        const at = now();
        const text = data.toString('utf8');
        const message = JSON.parse(text) as { id?: string; type?: string; payload?: unknown };
        if (message.type !== 'next' || message.id !== '1') pool.fail(i, `unexpected message ${text}`);
        else pool.deliver(i, message.payload, at);
      });
      socket.on('close', () => pool.fail(i, 'connection closed'));
      pool.closers.push(async () => {
        socket.removeAllListeners('close');
        socket.terminate();
      });
    });
    return pool;
  }

  /**
   * `size` graphql-ws clients of the API (`urls` and `tokens` taken in turn: subscriber i
   * connects to urls[i % urls.length] as tokens[i % tokens.length]), each subscribed to
   * `query`. Until `measuring()`, a subscription refused as SERVICE_UNAVAILABLE (the API's
   * database pool busy with a thousand subscriptions being set up at once) is asked again,
   * as a client is told to, and a closed connection reconnects; both are counted
   * (`setupRetries`). From then on, either is a failure.
   */
  static async graphqlWs(
    name: string,
    urls: string[],
    tokens: string[],
    size: number,
    query: string,
    variables: Record<string, unknown>,
    payloadOf: PayloadOf,
  ): Promise<SubscriberPool> {
    const pool = new SubscriberPool(name, size, payloadOf);
    await inBatches(size, 50, async (i) => {
      let connected!: () => void;
      const ready = new Promise<void>((resolve) => (connected = resolve));
      let open = true;
      const client: Client = createClient({
        url: `${urls[i % urls.length].replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${tokens[i % tokens.length]}` },
        retryAttempts: 5,
        shouldRetry: () => pool.settingUp,
        lazy: false,
        on: {
          connected: () => connected(),
          closed: (event) => {
            if (!open) return;
            if (pool.settingUp) pool.setupRetries++;
            else pool.fail(i, `connection closed (${(event as { code?: number }).code})`);
          },
        },
      });
      let unsubscribe: () => void = () => undefined;
      const subscribe = () => {
        unsubscribe = client.subscribe(
          { query, variables },
          {
            next: (value) => pool.deliver(i, value, now()),
            error: (error) => {
              if (!open) return;
              if (pool.settingUp && JSON.stringify(error).includes('"SERVICE_UNAVAILABLE"')) {
                pool.setupRetries++;
                setTimeout(subscribe, 500);
              } else pool.fail(i, `error ${JSON.stringify(error)}`);
            },
            complete: () => open && pool.fail(i, 'subscription completed'),
          },
        );
      };
      subscribe();
      pool.closers.push(async () => {
        open = false;
        unsubscribe();
        await client.dispose();
      });
      await ready;
    });
    return pool;
  }

  /** Setting up is over: from now on a refused subscription or a closed connection is a failure. */
  measuring(): void {
    this.settingUp = false;
  }

  /** Forgets what was received so far (a phase starts). */
  reset(): void {
    for (const r of this.received) {
      r.versions = [];
      r.at = [];
    }
  }

  /** How many subscribers have received at least `count` messages since the reset. */
  reached(count: number): number {
    return this.received.filter((r) => r.versions.length >= count).length;
  }

  /** How many subscribers have received a message showing `version` (or later) since the reset. */
  showing(version: number): number {
    return this.received.filter((r) => (r.versions.at(-1) ?? -1) >= version).length;
  }

  /**
   * Resolves true once `done()` holds (checked on every delivery), false when `timeoutMs`
   * pass first; rejects on a failure.
   */
  async until(done: () => boolean, timeoutMs: number): Promise<boolean> {
    this.throwIfFailed();
    if (done()) return true;
    const reached = await new Promise<boolean>((resolve) => {
      const check = () => {
        if (this.failures.length || done()) finish(true);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (result: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(result);
      };
      this.waiters.add(check);
    });
    this.throwIfFailed();
    return reached;
  }

  /**
   * Every subscriber received exactly one message per published event, in order: the k-th
   * shows the k-th change's incident version — or, when `readAtDelivery` (the API reads the
   * incident when it delivers, so a queued event shows what is there by then), one between
   * it and the last published, never going back. Returns each delivery's latency from the
   * start of its event's publish, in ms.
   */
  verify(published: { version: number; at: number }[], readAtDelivery: boolean): number[] {
    this.throwIfFailed();
    const last = published[published.length - 1].version;
    const latencies: number[] = [];
    this.received.forEach((r, i) => {
      if (r.versions.length !== published.length)
        throw new Error(
          `${this.name}: subscriber ${i} received ${r.versions.length} messages for ${published.length} changes (${r.versions.join(',')})`,
        );
      r.versions.forEach((version, k) => {
        const ok = readAtDelivery
          ? version >= published[k].version && version <= last && (k === 0 || version >= r.versions[k - 1])
          : version === published[k].version;
        if (!ok)
          throw new Error(
            `${this.name}: subscriber ${i}'s message ${k} shows version ${version} for the change to ${published[k].version}`,
          );
        latencies.push(r.at[k] - published[k].at);
      });
    });
    return latencies;
  }

  async close(): Promise<void> {
    await Promise.all(this.closers.map((close) => close().catch(() => undefined)));
  }

  private deliver(i: number, payload: unknown, at: number): void {
    const version = (payload as { data?: { incidentChanged?: { version?: number } } })?.data?.incidentChanged?.version;
    const text = JSON.stringify(payload);
    if (typeof version !== 'number' || text !== this.payloadOf(version)) {
      this.fail(i, `unexpected payload ${text.slice(0, 300)}`);
      return;
    }
    this.received[i].versions.push(version);
    this.received[i].at.push(at);
    for (const waiter of this.waiters) waiter();
  }

  private fail(i: number, problem: string): void {
    this.failures.push(`subscriber ${i}: ${problem}`);
    for (const waiter of this.waiters) waiter();
  }

  private throwIfFailed(): void {
    if (this.failures.length)
      throw new Error(
        `${this.name}: ${this.failures.length} failures, the first: ${this.failures.slice(0, 3).join('; ')}`,
      );
  }
}

async function inBatches(total: number, batch: number, open: (i: number) => Promise<void>): Promise<void> {
  for (let from = 0; from < total; from += batch)
    await Promise.all(Array.from({ length: Math.min(batch, total - from) }, (_, k) => open(from + k)));
}
