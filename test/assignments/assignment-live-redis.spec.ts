import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { startTestApp, TestApp, TestUser, testRedis } from '@muster/testing';
import { subscribe } from '../notifications/live-client';
import { act, assignToTrust, AssignmentWorld, createAssignmentWorld } from './assignment-api';

const redis = testRedis();
// Channels of this run only: parallel runs on one Redis never meet.
const run = `muster-test:${process.pid}:${randomUUID().slice(0, 8)}:`;
const runWithRedis = redis.problem === null || redis.required ? describe : describe.skip;
if (redis.problem !== null && !redis.required) {
  process.stderr.write(`SKIPPED assignments across processes: no Redis at ${redis.url} (${redis.problem}).\n`);
}

const CHANGED = `subscription { assignmentsChanged { id title status } }`;
const bearer = (who: TestUser) => ({ authorization: `Bearer ${who.token}` });

/** Two API instances with REDIS_URL: a change committed through A reaches a subscriber of B. */
runWithRedis('assignmentsChanged across API processes through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  let probe: Redis;
  let w: AssignmentWorld;

  beforeAll(async () => {
    if (redis.problem !== null) throw new Error(`MUSTER_TEST_REDIS_URL=${redis.url} is set but Redis does not answer`);
    const env = { REDIS_URL: redis.url, REDIS_CHANNEL_PREFIX: run };
    a = await startTestApp({ env });
    b = await startTestApp({ env });
    probe = new Redis(redis.url);
    w = await createAssignmentWorld(a);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    probe?.disconnect();
  });

  it('gives a subscriber on B the assignment committed through A, and its acknowledgement', async () => {
    const channel = `${run}assignments:${w.trust.id}`;
    const live = subscribe<{ assignmentsChanged: { id: string; status: string } }>(b, bearer(w.responder), CHANGED);
    for (let i = 0; i < 1_000; i++) {
      if (Number(((await probe.pubsub('NUMSUB', channel)) as [string, number])[1]) >= 1) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    try {
      const created = await assignToTrust(a, w, { title: 'Across processes', assigneeId: w.responder.id });
      expect(await live.next()).toEqual({
        next: { data: { assignmentsChanged: { id: created.id, title: 'Across processes', status: 'OPEN' } } },
      });
      await act(a, 'acknowledgeAssignment', { id: created.id, version: created.version }, w.responder);
      expect(await live.next()).toEqual({
        next: { data: { assignmentsChanged: { id: created.id, title: 'Across processes', status: 'ACKNOWLEDGED' } } },
      });
    } finally {
      await live.dispose();
    }
  });
});
