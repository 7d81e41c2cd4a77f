import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { Bench, BenchContext } from './framework';
import { BenchProcess, median, percentile, startApi, startProcess } from './processes';
import { now, SubscriberPool } from './subscriptions-clients';
import {
  commanderEmail,
  incidentId,
  changeIncident,
  payloadTemplate,
  publishRetries,
  REDIS_INCIDENT,
  seedSubscriptionsWorld,
  signIn,
  SINGLE_INCIDENT,
  SUBSCRIPTION,
  viewerEmail,
} from './subscriptions-world';

interface Case {
  name: string;
  pool: SubscriberPool;
  /** Makes the k-th change; the incident's version after it. */
  publish(k: number): Promise<number>;
  /** The API reads the incident when it delivers: a queued event shows what is there by then. */
  readAtDelivery: boolean;
}

interface Outcome {
  deliveries: number;
  seconds: number;
  latencies: number[];
}

const RAW = 'raw ws broadcast';
const SINGLE = 'graphql-ws, 1 API process';
const REDIS = 'graphql-ws, 2 API processes through Redis';

/**
 * `incidentChanged` delivered to `--subscribers` (1,000) graphql-ws subscribers — real
 * viewers (`--users`, signed in through the API) of a real API process
 * (`apps/api/src/main.ts`, NODE_ENV=production), and of two API processes sharing a Redis
 * (REDIS_URL, BENCH_REDIS_URL or redis://127.0.0.1:6379; subscribers and publishes split
 * over both) — each change made by the incident's commander through the real mutation
 * (`changeIncidentLevel`, its type flipped, with a reason); against a raw `ws` server broadcasting the same payload text to as many plain
 * `ws` clients. Every case, in `--rounds` interleaved after a discarded warm-up:
 * - throughput: `--events` changes published back to back (each mutation answered before
 *   the next), deliveries/s from the first publish to the last delivery;
 * - latency: `--paced` changes one at a time (the next once everyone has the last),
 *   publish (the request sent) → receive, p50 and p99.
 * Every message is checked on arrival (its exact text), every subscriber must receive
 * exactly one message per change, in order: a lost, extra or wrong message fails the run.
 */
export const subscriptionsBench: Bench = {
  name: 'subscriptions',
  description:
    'incidentChanged to graphql-ws subscribers of 1 API process and of 2 through Redis against a raw ws broadcast of the same payloads',
  tiny: { subscribers: '20', users: '4', events: '3', paced: '2', rounds: '1' },
  async run(ctx: BenchContext): Promise<void> {
    const o = {
      subscribers: ctx.number('subscribers', 1_000),
      users: ctx.number('users', 1_000),
      events: ctx.number('events', 20),
      paced: ctx.number('paced', 5),
      rounds: ctx.number('rounds', 3),
    };
    const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const url = await ctx.database();
    const hmacKey = randomBytes(32).toString('hex');
    const password = randomBytes(12).toString('hex');
    await ctx.measure('seed (incidents, viewers)', o.users, 'viewers', () =>
      seedSubscriptionsWorld(url, hmacKey, o.users, password, (line) => ctx.log(line)),
    );
    const env = {
      DATABASE_URL: url,
      JWT_SECRET: randomBytes(32).toString('base64'),
      AUDIT_HMAC_KEY: hmacKey,
      // Long enough for the whole run: a lapsed token would end its subscription.
      ACCESS_TOKEN_TTL_SECONDS: '86400',
    };
    const redisEnv = { ...env, REDIS_URL: redisUrl, REDIS_CHANNEL_PREFIX: `bench${process.pid}:` };
    const processes: BenchProcess[] = [];
    ctx.onCleanup(async () => processes.forEach((p) => p.stop()));
    const started = async (p: Promise<BenchProcess>) => {
      processes.push(await p);
      return processes[processes.length - 1];
    };
    const single = await started(startApi(env));
    const redisA = await started(startApi(redisEnv));
    const redisB = await started(startApi(redisEnv));
    const raw = await started(startProcess('tools/bench/subscriptions-raw-server.ts', {}, /raw ws listening on (\d+)/));

    ctx.log(`signing in ${o.users} viewers and 2 commanders`);
    const viewers = await signIn(
      single.url,
      Array.from({ length: o.users }, (_, k) => viewerEmail(k + 1)),
      password,
    );
    const [singleCommander, redisCommander] = await signIn(
      single.url,
      [commanderEmail(SINGLE_INCIDENT), commanderEmail(REDIS_INCIDENT)],
      password,
    );
    const singleId = await incidentId(url, SINGLE_INCIDENT);
    const redisId = await incidentId(url, REDIS_INCIDENT);
    const singleIncident = await payloadTemplate(single.url, viewers[0], singleId);
    const redisIncident = await payloadTemplate(single.url, viewers[0], redisId);
    const singlePayload = singleIncident.payloadOf;
    const redisPayload = redisIncident.payloadOf;
    let singleVersion = singleIncident.version;
    let redisVersion = redisIncident.version;

    const pools: SubscriberPool[] = [];
    ctx.onCleanup(() => Promise.all(pools.map((p) => p.close())).then(() => undefined));
    const pooled = async (p: Promise<SubscriberPool>) => {
      pools.push(await p);
      return pools[pools.length - 1];
    };
    ctx.log(`connecting ${o.subscribers} subscribers per case`);
    let rawVersion = 0;
    const cases: Case[] = [
      {
        name: RAW,
        // The same payload text as the single process's subscribers receive.
        pool: await pooled(SubscriberPool.raw(RAW, raw.url, o.subscribers, singlePayload)),
        publish: async () => {
          const version = ++rawVersion;
          const res = await fetch(`${raw.url}/publish`, { method: 'POST', body: singlePayload(version) });
          if (res.status !== 204) throw new Error(`raw publish answered ${res.status}`);
          return version;
        },
        readAtDelivery: false,
      },
      {
        name: SINGLE,
        pool: await pooled(
          SubscriberPool.graphqlWs(
            SINGLE,
            [single.url],
            viewers,
            o.subscribers,
            SUBSCRIPTION,
            { id: singleId },
            singlePayload,
          ),
        ),
        publish: async () =>
          (singleVersion = await changeIncident(single.url, singleCommander, singleId, singleVersion)),
        readAtDelivery: true,
      },
      {
        name: REDIS,
        pool: await pooled(
          SubscriberPool.graphqlWs(
            REDIS,
            [redisA.url, redisB.url],
            viewers,
            o.subscribers,
            SUBSCRIPTION,
            { id: redisId },
            redisPayload,
          ),
        ),
        publish: async (k) =>
          (redisVersion = await changeIncident(k % 2 ? redisB.url : redisA.url, redisCommander, redisId, redisVersion)),
        readAtDelivery: true,
      },
    ];
    for (const c of cases) await prime(ctx, c);

    const throughput = new Map<string, Outcome[]>();
    const latency = new Map<string, number[]>();
    // Round 0 is the warm-up: measured and checked like the others, then discarded.
    for (let round = 0; round <= o.rounds; round++) {
      for (const c of cases) {
        const burst = await backToBack(c, o.events);
        const paced = await oneAtATime(c, o.paced);
        ctx.log(
          `round ${round} ${c.name} (${publishRetries.count} changes made again so far): ${Math.round(burst.deliveries / burst.seconds)} deliveries/s (p99 ${percentile(burst.latencies, 0.99).toFixed(0)} ms back to back); one at a time p50 ${percentile(paced, 0.5).toFixed(0)} ms, p99 ${percentile(paced, 0.99).toFixed(0)} ms; load ${loadavg()[0].toFixed(1)}`,
        );
        if (round === 0) continue;
        throughput.set(c.name, [...(throughput.get(c.name) ?? []), burst]);
        latency.set(c.name, [...(latency.get(c.name) ?? []), ...paced]);
      }
    }
    record(ctx, o, throughput, latency);
    ctx.environment['changes answered SERVICE_UNAVAILABLE and made again'] = publishRetries.count;
    ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));
    ctx.environment.redis = redisUrl.replace(/\/\/[^@]*@/, '//');
  },
};

/**
 * Publishes until every subscriber has received something (the server sets a subscription
 * up asynchronously: an event before that reaches nobody), then until all show the last.
 */
async function prime(ctx: BenchContext, c: Case): Promise<void> {
  const { pool } = c;
  pool.reset();
  let last = 0;
  for (let attempt = 1; ; attempt++) {
    last = await c.publish(attempt);
    if (await pool.until(() => pool.reached(1) === pool.size, 5_000)) break;
    if (attempt === 30) throw new Error(`${c.name}: ${pool.reached(1)} of ${pool.size} subscribers receive events`);
  }
  if (!(await pool.until(() => pool.showing(last) === pool.size, 60_000)))
    throw new Error(`${c.name}: ${pool.showing(last)} of ${pool.size} subscribers received the last priming event`);
  ctx.log(`${c.name}: ${pool.size} subscribers receiving (${pool.setupRetries} asked again while setting up)`);
  ctx.environment[`${c.name}: retries while setting up`] = pool.setupRetries;
  // Anything still queued arrives now, before the count starts.
  await delay(500);
  pool.measuring();
  pool.reset();
}

/** `events` changes back to back; deliveries/s from the first publish to the last delivery. */
async function backToBack(c: Case, events: number): Promise<Outcome> {
  const { pool } = c;
  pool.reset();
  const published: { version: number; at: number }[] = [];
  const started = now();
  for (let k = 0; k < events; k++) {
    const at = now();
    published.push({ version: await c.publish(k), at });
  }
  const timeout = 60_000 + events * pool.size * 10;
  if (!(await pool.until(() => pool.reached(events) === pool.size, timeout)))
    throw new Error(`${c.name}: ${pool.reached(events)} of ${pool.size} subscribers received all ${events} events`);
  const seconds = (now() - started) / 1000;
  // An extra message (a duplicate) would arrive about now.
  await delay(200);
  const latencies = pool.verify(published, c.readAtDelivery);
  return { deliveries: events * pool.size, seconds, latencies };
}

/** `events` changes one at a time, each once every subscriber has the one before; the latencies. */
async function oneAtATime(c: Case, events: number): Promise<number[]> {
  const { pool } = c;
  pool.reset();
  const published: { version: number; at: number }[] = [];
  for (let k = 0; k < events; k++) {
    const at = now();
    published.push({ version: await c.publish(k), at });
    if (!(await pool.until(() => pool.reached(k + 1) === pool.size, 30_000 + pool.size * 20)))
      throw new Error(`${c.name}: ${pool.reached(k + 1)} of ${pool.size} subscribers received event ${k + 1}`);
  }
  await delay(200);
  return pool.verify(published, false);
}

function record(
  ctx: BenchContext,
  o: { subscribers: number; events: number; paced: number; rounds: number },
  throughput: Map<string, Outcome[]>,
  latency: Map<string, number[]>,
): void {
  const rate = (x: Outcome) => x.deliveries / x.seconds;
  const raw = throughput.get(RAW) as Outcome[];
  for (const name of [RAW, SINGLE, REDIS]) {
    const outcomes = throughput.get(name) as Outcome[];
    const latencies = latency.get(name) as number[];
    const ratios = outcomes.map((x, r) => rate(x) / rate(raw[r]));
    const p50 = percentile(latencies, 0.5);
    const p99 = percentile(latencies, 0.99);
    ctx.record({
      case: `${name}: incidentChanged to ${o.subscribers} subscribers`,
      operations: outcomes.reduce((sum, x) => sum + x.deliveries, 0),
      unit: 'deliveries',
      seconds: outcomes.reduce((sum, x) => sum + x.seconds, 0),
      baseline: name === RAW ? undefined : `${RAW}: incidentChanged to ${o.subscribers} subscribers`,
      note:
        `${o.events} changes back to back per round, ${o.rounds} interleaved rounds after a warm-up` +
        (name === RAW
          ? ''
          : `; ratio per round median ${median(ratios).toFixed(3)}× (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}×)`) +
        `; one change at a time (${o.paced} per round): publish → receive p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms` +
        `; back to back: p99 ${percentile(
          outcomes.flatMap((x) => x.latencies),
          0.99,
        ).toFixed(0)} ms`,
    });
    ctx.environment[`${name}: p50 / p99 ms`] = `${p50.toFixed(1)} / ${p99.toFixed(1)}`;
    if (name === RAW) continue;
    const targets = [
      `${name}: deliveries/s over the raw ws broadcast (median of rounds)`,
      `${name}: p99 publish → receive (at most 250 ms), as 250 ms / p99`,
    ];
    ctx.target(targets[0], median(ratios), 0.3, '×');
    ctx.target(targets[1], 250 / p99, 1, '');
    ctx.row({
      id: name === SINGLE ? '8a' : '8b',
      case: `${name}: incidentChanged to ${o.subscribers} subscribers`,
      baseline: `${RAW} to as many clients`,
      ratios,
      perSecond: median(outcomes.map(rate)),
      unit: 'deliveries',
      p50Ms: p50,
      p99Ms: p99,
      statements: null,
      validated: 'every subscriber got exactly one message per change, in order, with the exact expected text',
      targets,
      note: `${o.events} changes back to back per round, ${o.rounds} rounds; p50/p99 one change at a time (${o.paced} per round)`,
    });
  }
}
