import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { createLogger } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { NotificationKind, NotificationsService, notificationTopic, Recipients } from '@muster/notifications';
import { startTcpProxy, startTestApp, TcpProxy, TestApp, TestUser, testRedis } from '@muster/testing';
import { LiveEvent, LiveSubscription, subscribe } from '../notifications/live-client';
import { inbox, NOTIFICATION_OPS, NotificationView } from '../notifications/notification-api';
import { act, createRunbookOrg, draftWithSteps } from '../runbooks/runbook-api';

type Received = { notificationReceived: NotificationView };
const FAN_OUT = 200;

const redis = testRedis();
// Channels and connection names of this run only: parallel runs on one Redis never meet.
const run = `muster-test:${process.pid}:${randomUUID().slice(0, 8)}:`;
const runWithRedis = redis.problem === null || redis.required ? describe : describe.skip;
if (redis.problem !== null && !redis.required) {
  process.stderr.write(
    `SKIPPED live events across processes: no Redis at ${redis.url} (${redis.problem}). ` +
      'Start one, or set MUSTER_TEST_REDIS_URL to make its absence a failure (CI does).\n',
  );
}

const bearer = (who: TestUser) => ({ authorization: `Bearer ${who.token}` });
const titleOf = (event: LiveEvent<Received>) =>
  'next' in event ? event.next.data?.notificationReceived.title : JSON.stringify(event);

/**
 * Two API instances on one database, with REDIS_URL: what one commits, subscribers
 * connected to the other hear — through a real Redis, reached through a TCP proxy the test
 * can cut (an outage without stopping the Redis other runs share).
 */
runWithRedis('live events across API processes through Redis', () => {
  let proxy: TcpProxy;
  let a: TestApp;
  let b: TestApp;
  let probe: Redis;
  let watcher: Redis;
  const aLog: { level: number; msg: string }[] = [];
  /** Every message this run put on Redis, by channel (a second connection, psubscribed to the run's prefix). */
  const published = new Map<string, number>();
  const closed = new Set<TestApp>();

  const channelOf = (who: TestUser) => run + notificationTopic(who.id);
  const subscribers = async (channel: string) =>
    Number(((await probe.pubsub('NUMSUB', channel)) as [string, number])[1]);
  const ourConnections = async () =>
    ((await probe.client('LIST')) as string)
      .split('\n')
      .flatMap((line) => line.match(new RegExp(`name=${run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\w+)`))?.[1] ?? [])
      .sort();

  async function until(what: string, condition: () => Promise<boolean> | boolean): Promise<void> {
    for (let i = 0; i < 1_000; i++) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`gave up waiting: ${what}`);
  }

  /** A graphql-ws subscriber on `t`, once the Redis SUBSCRIBE of its person's channel is in place on as many processes as expected. */
  async function subscribed(t: TestApp, who: TestUser, processes = 1): Promise<LiveSubscription<Received>> {
    const live = subscribe<Received>(t, bearer(who), NOTIFICATION_OPS.subscription);
    await until(
      `${processes} process(es) subscribed to ${channelOf(who)}`,
      async () => (await subscribers(channelOf(who))) >= processes,
    );
    return live;
  }

  function notifyThroughA(who: TestUser, runbookTitle: string) {
    return a.app
      .get(UnitOfWork)
      .run(() =>
        a.app
          .get(NotificationsService)
          .notify(
            NotificationKind.RUNBOOK_SUBMITTED,
            { organisationId: null, entityType: 'runbook', entityId: null },
            [Recipients.user(who.id)],
            { params: { runbookTitle } },
          ),
      );
  }

  beforeAll(async () => {
    if (redis.problem !== null) {
      throw new Error(
        `MUSTER_TEST_REDIS_URL=${redis.url} is set but Redis does not answer (${redis.problem}): .ci/run starts it; locally run redis-server`,
      );
    }
    proxy = await startTcpProxy(redis.url);
    const env = { REDIS_URL: proxy.url, REDIS_CHANNEL_PREFIX: run };
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean))
          aLog.push(JSON.parse(line) as { level: number; msg: string });
        done();
      },
    });
    a = await startTestApp({ env, logger: createLogger('info', 'json', sink) });
    b = await startTestApp({ env });
    probe = new Redis(redis.url);
    watcher = new Redis(redis.url);
    watcher.on('pmessage', (_pattern: string, channel: string) =>
      published.set(channel, (published.get(channel) ?? 0) + 1),
    );
    await watcher.psubscribe(`${run}*`);
  });
  afterAll(async () => {
    for (const t of [a, b]) if (t && !closed.has(t)) await t.close();
    await proxy?.close();
    probe?.disconnect();
    watcher?.disconnect();
  });

  it('gives a subscriber on B what is committed through A, with its dates intact, and a subscriber of another person nothing', async () => {
    const o = await createRunbookOrg(a);
    const other = await createRunbookOrg(a);
    const reviewer = await subscribed(b, o.secondLead);
    const outsider = await subscribed(b, other.secondLead);
    try {
      const draft = await draftWithSteps(a, o.org.id, o.lead, 1, { title: 'Pathology supplier compromise' });
      await act(a, 'submitRunbookForReview', { id: draft.id }, o.lead);
      const event = await reviewer.next();
      // Exactly what the inbox on A says, createdAt included (a Date that crossed Redis as one).
      const [stored] = await inbox(a, o.secondLead);
      expect(event).toEqual({ next: { data: { notificationReceived: stored } } });
      expect(stored).toMatchObject({
        kind: 'RUNBOOK_SUBMITTED',
        title: 'Runbook to review: Pathology supplier compromise',
        createdAt: a.clock.now().toISOString(),
      });

      // The outsider's first event is their own colleague's submission: nothing of the other organisation came before it.
      const theirs = await draftWithSteps(a, other.org.id, other.lead, 1, { title: 'Their own plan' });
      await act(a, 'submitRunbookForReview', { id: theirs.id }, other.lead);
      expect(titleOf(await outsider.next())).toBe('Runbook to review: Their own plan');
      // One message per person told, on that person's channel only.
      await until('both messages seen on Redis', () => published.get(channelOf(other.secondLead)) === 1);
      expect(published.get(channelOf(o.secondLead))).toBe(1);
      expect(published.get(channelOf(o.lead))).toBeUndefined();
    } finally {
      await reviewer.dispose();
      await outsider.dispose();
    }
    // Unsubscribed when the last subscriber of a channel went.
    await until(
      'channels let go of',
      async () => (await subscribers(channelOf(o.secondLead))) + (await subscribers(channelOf(other.secondLead))) === 0,
    );
  });

  it(`fans ${FAN_OUT} notifications out from A to subscribers on A and B: one Redis message each, every one delivered once, in order`, async () => {
    const o = await createRunbookOrg(a);
    const onA = await subscribed(a, o.secondLead, 1);
    const onB = await subscribed(b, o.secondLead, 2);
    const before = published.get(channelOf(o.secondLead)) ?? 0;
    const latencies: number[] = [];
    try {
      const started = performance.now();
      for (let n = 1; n <= FAN_OUT; n++) {
        const sent = performance.now();
        await notifyThroughA(o.secondLead, `Fan-out ${n}`);
        expect(titleOf(await onB.next())).toBe(`Runbook to review: Fan-out ${n}`);
        latencies.push(performance.now() - sent);
      }
      const seconds = (performance.now() - started) / 1000;
      for (let n = 1; n <= FAN_OUT; n++) expect(titleOf(await onA.next())).toBe(`Runbook to review: Fan-out ${n}`);
      await until(
        'every message seen on Redis',
        () => (published.get(channelOf(o.secondLead)) ?? 0) - before === FAN_OUT,
      );

      latencies.sort((x, y) => x - y);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
      process.stdout.write(
        `live events through Redis: ${FAN_OUT} notifications committed on A, each received on B and on A; one Redis message each; ` +
          `commit-to-B p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; ${(FAN_OUT / seconds).toFixed(0)} notifications/s one at a time\n`,
      );
    } finally {
      await onA.dispose();
      await onB.dispose();
    }
  }, 120_000);

  it('survives a Redis outage: mutations still commit, the failure is logged once, subscriptions resume when Redis is back', async () => {
    const o = await createRunbookOrg(a);
    const reviewer = await subscribed(b, o.secondLead);
    const linesBefore = aLog.length;
    const logged = () => aLog.slice(linesBefore).map((l) => l.msg);
    try {
      proxy.cut();
      await until('A noticed', () =>
        logged().includes(
          'live events: the Redis publisher connection is lost; reconnecting (logged once until it is back)',
        ),
      );
      const draft = await draftWithSteps(a, o.org.id, o.lead, 1, { title: 'During the outage' });
      await act(a, 'submitRunbookForReview', { id: draft.id }, o.lead);
      await notifyThroughA(o.secondLead, 'Also during the outage');
      await notifyThroughA(o.secondLead, 'And a third');
      // Committed and in the inbox: live events were only the echo. (One clock instant: the order among them is the ids'.)
      expect((await inbox(a, o.secondLead)).map((n) => n.title).sort()).toEqual([
        'Runbook to review: Also during the outage',
        'Runbook to review: And a third',
        'Runbook to review: During the outage',
      ]);
      expect(logged().filter((m) => m.startsWith('live events: cannot publish'))).toHaveLength(1);

      proxy.restore();
      await until('A publishing again', () => logged().includes('live events: the Redis publisher connection is back'));
      await until('B re-subscribed', async () => (await subscribers(channelOf(o.secondLead))) === 1);
      await notifyThroughA(o.secondLead, 'After the outage');
      // The subscription lived through it; what was published while Redis was away is not replayed.
      expect(titleOf(await reviewer.next())).toBe('Runbook to review: After the outage');
      expect(logged()).toContain('live events: publishing to Redis again; 3 event(s) were dropped meanwhile');
      expect(logged().filter((m) => m.includes('connection is lost'))).toHaveLength(2);
    } finally {
      proxy.restore();
      await reviewer.dispose();
    }
  }, 120_000);

  it('closes both Redis connections when an instance closes, with a subscriber connected, and even while Redis is unreachable', async () => {
    // Two instances, two named connections each (after the outage above, once they are back).
    await until('four connections', async () => (await ourConnections()).length === 4);
    expect(await ourConnections()).toEqual(['publisher', 'publisher', 'subscriber', 'subscriber']);
    const o = await createRunbookOrg(a);
    const connected = await subscribed(b, o.secondLead);
    await b.close();
    closed.add(b);
    expect(await ourConnections()).toEqual(['publisher', 'subscriber']);
    expect(await connected.next()).toEqual(expect.objectContaining({ error: expect.anything() }));
    await connected.dispose();

    proxy.cut();
    await a.close();
    closed.add(a);
    await until('A gone from Redis', async () => (await ourConnections()).length === 0);
  });
});
