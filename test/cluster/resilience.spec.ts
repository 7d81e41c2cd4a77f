import { expect } from '@jest/globals';
import { Redis } from 'ioredis';
import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import { runMigrations } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';
import {
  createOrganisation,
  createUser,
  errorCode,
  OwnPostgres,
  OwnRedis,
  ownPostgresProblem,
  startOwnPostgres,
  startOwnRedis,
  startTestApp,
  TestApp,
  TestOrg,
  TestUser,
  testRedis,
} from '@muster/testing';
import { report } from '../incidents/incident-api';
import { subscribe } from '../notifications/live-client';
import { writeLoad } from './cluster-load';
import { Member, startCluster, status, stopCluster, until } from './cluster-support';

// Needs a PostgreSQL and a redis-server of its own: their absence skips it locally, fails it in CI (MUSTER_TEST_REDIS_URL set).
const problem = ownPostgresProblem();
const required = testRedis().required;
const runIt = problem === null || required ? describe : describe.skip;
if (problem !== null && !required) process.stderr.write(`SKIPPED the resilience test: ${problem}\n`);

const BOARD = `subscription { incidentsChanged { id status } }`;
type Board = { incidentsChanged: { id: string; status: string } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two API processes on a PostgreSQL and a Redis the test starts on ports of their own, so
 * it can stop them: PostgreSQL stopped with `-m immediate` under load and started again,
 * then Redis killed and started again. Figures (recovery times, requests failed) are printed.
 */
runIt('resilience: PostgreSQL and Redis restarted under two API processes', () => {
  let pg: OwnPostgres;
  let redis: OwnRedis;
  let setup: TestApp;
  let org: TestOrg;
  let user: TestUser;
  let members: Member[];

  beforeAll(async () => {
    if (problem) throw new Error(`the resilience test needs its own PostgreSQL: ${problem}`);
    [pg, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    await runMigrations(pg.url, MIGRATIONS);
    setup = await startTestApp({ clock: new FixedClock(new Date()), env: { DATABASE_URL: pg.url } });
    org = await createOrganisation(setup);
    user = await createUser(setup, [{ organisationId: org.id, role: Role.INCIDENT_COMMANDER }]);
    members = await startCluster(setup, ['A', 'B'], {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      SCHEDULER_ENABLED: 'true',
      SCHEDULER_INTERVAL_MS: '500',
    });
  }, 120_000);
  afterAll(async () => {
    if (members) await stopCluster(members);
    await setup?.close();
    await redis?.stop().catch(() => undefined);
    await pg?.destroy();
  });

  it('PostgreSQL stopped -m immediate under load: fails fast with SERVICE_UNAVAILABLE, ready again within 5 s of its return, no acknowledged write lost', async () => {
    const load = writeLoad(members, org.id, user, 2);
    await until('writes acknowledged', () => load.result.acknowledged.length >= 30);
    await pg.stopImmediately();
    const downAt = Date.now();
    const ackedWhenDown = load.result.acknowledged.length;

    // While it is down: a request fails fast, with a code a client can act on; readiness says 503.
    const started = Date.now();
    const res = await members[0].via.gql.request(`{ organisation(id: "${org.id}") { id } }`, {}, { token: user.token });
    const failMs = Date.now() - started;
    expect({ status: res.status, code: errorCode(res) }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(failMs).toBeLessThan(2_000);
    for (const m of members) expect(await status(m.via.baseUrl, '/health/ready')).toBe(503);
    await sleep(2_000);

    await pg.start();
    const backAt = Date.now();
    const readyMs = await Promise.all(
      members.map((m) =>
        until(`${m.name} ready`, async () => (await status(m.via.baseUrl, '/health/ready')) === 200, 10_000),
      ),
    );
    expect(Math.max(...readyMs)).toBeLessThan(5_000);
    const ackedAtReturn = load.result.acknowledged.length;
    const writesMs = await until(
      'writes acknowledged again',
      () => load.result.acknowledged.length >= ackedAtReturn + 30,
    );
    const result = await load.stop();

    // No process crashed.
    const exits = await Promise.race([
      Promise.all(members.map((m) => m.server.exited)),
      sleep(100).then(() => 'running'),
    ]);
    expect(exits).toBe('running');
    const found = await setup.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM incident WHERE id = ANY($1::uuid[])`,
      [result.acknowledged],
    );
    expect(found).toEqual([{ n: result.acknowledged.length }]);
    process.stdout.write(
      `resilience: PostgreSQL down ${backAt - downAt} ms; a request while down failed in ${failMs} ms (503 SERVICE_UNAVAILABLE); ` +
        `/health/ready 200 again ${readyMs.join(' / ')} ms after its return; writes acknowledged again within ${writesMs} ms; ` +
        `${result.acknowledged.length} writes acknowledged (${ackedWhenDown} before), all in the database; ` +
        `failed requests ${JSON.stringify(result.failed)} codes ${[...result.codes].join(',')}\n`,
    );
  }, 90_000);

  it('Redis killed and started again: writes go on, subscriptions stay open and hear changes again once it is back', async () => {
    const [A, B] = members;
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1, retryStrategy: () => 100 });
    probe.on('error', () => undefined);
    const subscribed = async () => Number(((await probe.pubsub('NUMSUB', 'muster:incidents')) as [string, number])[1]);
    const board = subscribe<Board>(B.via, { authorization: `Bearer ${user.token}` }, BOARD);
    try {
      await until('B subscribed', async () => (await subscribed()) >= 1);
      await redis.stop();
      const downAt = Date.now();
      // Durable work does not depend on Redis.
      const during = await report(A.via, org.id, user, { title: 'Reported while Redis is down' });
      expect(during.id).toBeDefined();
      for (const m of members) expect(await status(m.via.baseUrl, '/health/ready')).toBe(200);
      await sleep(1_000);
      await redis.start();
      const backAt = Date.now();
      const resubscribedMs = await until(
        'B subscribed again',
        async () => (await subscribed().catch(() => 0)) >= 1,
        30_000,
      );
      const after = await report(A.via, org.id, user, { title: 'Reported after Redis came back' });
      expect(await board.next()).toEqual({
        next: { data: { incidentsChanged: { id: after.id, status: 'REPORTED' } } },
      });
      expect(board.closes).toEqual([]);
      process.stdout.write(
        `resilience: Redis down ${backAt - downAt} ms; the write made meanwhile committed; ` +
          `B subscribed again ${resubscribedMs} ms after Redis returned; its subscriber (never closed) heard the next change\n`,
      );
    } finally {
      await board.dispose();
      probe.disconnect();
    }
  }, 60_000);
});
