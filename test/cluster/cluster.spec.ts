import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import {
  createUser,
  errorCode,
  inFlight,
  lockOrganisations,
  startTestApp,
  TestApp,
  TestUser,
  testRedis,
} from '@muster/testing';
import { createIncidentAssignmentWorld, IncidentAssignmentWorld } from '../assignments/incident-world';
import { act as assignmentAct } from '../assignments/assignment-api';
import { act as incidentAct, report } from '../incidents/incident-api';
import { openThread } from '../governance/ig-api';
import { NOTIFICATION_OPS } from '../notifications/notification-api';
import { LiveSubscription, subscribe } from '../notifications/live-client';
import { oncallOk, PageView, RotaView, weekly } from '../oncall/oncall-api';
import { writeLoad } from './cluster-load';
import { Member, startCluster, status, stopCluster, until } from './cluster-support';

const redis = testRedis();
const run = `muster-cluster:${process.pid}:${randomUUID().slice(0, 8)}:`;
const withRedis = redis.problem === null || redis.required ? describe : describe.skip;
if (redis.problem !== null && !redis.required) {
  process.stderr.write(
    `SKIPPED the cluster test (three API processes sharing Redis): no Redis at ${redis.url} (${redis.problem}). ` +
      'Start one, or set MUSTER_TEST_REDIS_URL to make its absence a failure (CI does).\n',
  );
}

const LEASE_SECONDS = 10;
const GRACE_MS = 5_000;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { refreshToken } }`;
const BOARD = `subscription { incidentsChanged { id status } }`;
const ORGANISATION = (id: string) => `{ organisation(id: "${id}") { id } }`;
const bearer = (who: TestUser) => ({ authorization: `Bearer ${who.token}` });
type Board = { incidentsChanged: { id: string; status: string } };

/**
 * Three real API processes (`apps/api/src/main.ts`) on one PostgreSQL database with
 * REDIS_URL, their schedulers running on the system clock: what the README's "Running more
 * than one process" promises, shown through HTTP, GraphQL and graphql-ws only.
 */
withRedis('three API processes on one database, with Redis', () => {
  let setup: TestApp;
  let w: IncidentAssignmentWorld;
  let members: Member[];
  let A: Member;
  let B: Member;
  let C: Member;
  let probe: Redis;
  // What this suite made (the worker's database also holds what earlier files left, on their fixed clocks).
  const suiteStarted = new Date();
  const sql = <T>(text: string, params: unknown[] = []) => setup.dataSource.query<T[]>(text, params);

  beforeAll(async () => {
    if (redis.problem !== null) {
      throw new Error(`MUSTER_TEST_REDIS_URL=${redis.url} is set but Redis does not answer (${redis.problem})`);
    }
    // Fixtures only (users, tokens signed now); the three processes do the rest on the system clock.
    setup = await startTestApp({ clock: new FixedClock(new Date()) });
    w = await createIncidentAssignmentWorld(setup);
    members = await startCluster(setup, ['A', 'B', 'C'], {
      REDIS_URL: redis.url,
      REDIS_CHANNEL_PREFIX: run,
      SCHEDULER_ENABLED: 'true',
      SCHEDULER_INTERVAL_MS: '250',
      NOTIFY_LEASE_SECONDS: String(LEASE_SECONDS),
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    });
    [A, B, C] = members;
    probe = new Redis(redis.url);
  }, 120_000);
  afterAll(async () => {
    if (members) await stopCluster(members);
    probe?.disconnect();
    await setup?.close();
  });

  const subscribed = async (channel: string) =>
    Number(((await probe.pubsub('NUMSUB', run + channel)) as [string, number])[1]);

  it('(a) gives a subscriber on C the incident changes made through A', async () => {
    const board: LiveSubscription<Board> = subscribe<Board>(C.via, bearer(w.commander), BOARD);
    try {
      await until('C subscribed to the incidents channel', async () => (await subscribed('incidents')) >= 1);
      const reported = await report(A.via, w.trust.id, w.responder, { title: 'Cluster: seen on C' });
      expect(await board.next()).toEqual({
        next: { data: { incidentsChanged: { id: reported.id, status: 'REPORTED' } } },
      });
      const declared = await incidentAct(
        A.via,
        'declareIncident',
        { id: reported.id, version: reported.version },
        w.commander,
      );
      expect(await board.next()).toEqual({
        next: { data: { incidentsChanged: { id: reported.id, status: declared.status } } },
      });
    } finally {
      await board.dispose();
    }
  });

  it('(b) escalates an overdue assignment, warns of an IG deadline and emails each notice exactly once across three schedulers', async () => {
    const reported = await report(A.via, w.trust.id, w.responder, {
      title: 'Cluster: data breach',
      category: 'DATA_BREACH',
      personalDataInvolved: true,
    });
    const incident = await incidentAct(
      A.via,
      'declareIncident',
      { id: reported.id, version: reported.version },
      w.commander,
    );
    const assignment = await assignmentAct(
      B.via,
      'createAssignment',
      {
        organisationId: w.trust.id,
        teamId: w.teams.eprr.id,
        assigneeId: w.responder.id,
        title: 'Confirm the restore plan',
        function: 'EPRR',
        dueAt: new Date(Date.now() + 2_000).toISOString(),
        source: { kind: 'MANUAL', incidentId: incident.id },
      },
      w.commander,
    );
    // Aware 73 hours ago: the deadline has passed, one warning is due now.
    const thread = await openThread(
      C.via,
      w.siro,
      incident.id,
      w.trust.id,
      new Date(Date.now() - 73 * 3_600_000).toISOString(),
    );
    const key = await A.via.gql.ok<{ createApiKey: { apiKey: { id: string } } }>(
      NOTIFICATION_OPS.createApiKey,
      { input: { organisationId: w.trust.id, role: Role.VIEWER, name: 'Cluster key' } },
      { token: w.digitalLead.token },
    );
    const kinds = ['API_KEY_CREATED', 'ASSIGNMENT_OVERDUE', 'IG_CLOCK_PASSED'];
    const entities = [assignment.id, thread.id, key.createApiKey.apiKey.id];
    const deliveries = () =>
      sql<{ id: string; kind: string; status: string; attempts: number }>(
        `SELECT d.id, n.kind, d.status, d.attempts FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
          WHERE d.channel = 'EMAIL' AND n.entity_id = ANY($1::uuid[]) AND n.kind = ANY($2)`,
        [entities, kinds],
      );
    await until('all three notices emailed', async () => {
      const d = await deliveries();
      return kinds.every((k) => d.some((x) => x.kind === k)) && d.every((x) => x.status === 'DELIVERED');
    });
    // Three more scheduler intervals on each process: time for any second run to show.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(
      await sql(
        `SELECT action, count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action LIKE 'assignment.overdue%' GROUP BY action`,
        [assignment.id],
      ),
    ).toEqual([{ action: 'assignment.overdue_escalated', n: 1 }]);
    const jobs = await sql<{ key: string; status: string; attempts: number; completions: number }>(
      `SELECT j.key, j.status, j.attempts,
              (SELECT count(*)::int FROM audit_event e WHERE e.action = 'job.completed' AND e.changes->>'key' = j.key) AS completions
         FROM scheduled_job j WHERE j.key LIKE $1 OR j.key LIKE $2 ORDER BY j.key`,
      [`assignment-overdue:${assignment.id}:%`, `ig-clock:${thread.id}:%`],
    );
    expect(jobs.map((j) => ({ ...j, key: j.key.split(':')[0] }))).toEqual([
      { key: 'assignment-overdue', status: 'DONE', attempts: 1, completions: 1 },
      { key: 'ig-clock', status: 'DONE', attempts: 1, completions: 1 },
    ]);
    // One notification per kind and thing; each of its emails accepted once, at one of the three sinks.
    const notices = await sql<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM notification WHERE entity_id = ANY($1::uuid[]) AND kind = ANY($2) GROUP BY kind ORDER BY kind`,
      [entities, kinds],
    );
    expect(notices).toEqual(kinds.map((kind) => ({ kind, n: 1 })));
    const sent = await deliveries();
    expect(sent.every((d) => d.attempts === 1)).toBe(true);
    const received = members.flatMap((m) => m.sink.received.map((mail) => ({ by: m.name, id: mail.messageId })));
    const ours = received.filter((r) => sent.some((d) => r.id === `<${d.id}@test.muster.nhs.uk>`));
    expect(ours.map((r) => r.id).sort()).toEqual(sent.map((d) => `<${d.id}@test.muster.nhs.uk>`).sort());
    process.stdout.write(
      `cluster: ${sent.length} email(s) for 3 notices, sent by ${JSON.stringify(
        Object.fromEntries(members.map((m) => [m.name, ours.filter((r) => r.by === m.name).length])),
      )}\n`,
    );
  });

  it('(b) escalates an unacknowledged page to the deputy exactly once across three schedulers', async () => {
    const rota = async (deputy: boolean, person: TestUser) => {
      const r = await oncallOk<RotaView>(
        A.via,
        'createRota',
        { organisationId: w.trust.id, duty: 'TACTICAL', deputy, name: deputy ? 'Silver deputy' : 'Silver' },
        w.digitalLead,
      );
      await oncallOk(
        A.via,
        'setRotaLayer',
        weekly(r.id, r.version, [person.id], { startsOn: '2026-01-05' }),
        w.digitalLead,
      );
    };
    await rota(false, w.commander);
    await rota(true, w.eprrLead);
    await oncallOk(
      B.via,
      'setEscalationPolicy',
      {
        organisationId: w.trust.id,
        duty: 'TACTICAL',
        repeats: 0,
        levels: [
          { target: 'ON_CALL', ackTimeoutMinutes: 1 },
          { target: 'DEPUTY', ackTimeoutMinutes: 1 },
        ],
      },
      w.digitalLead,
    );
    const page = await oncallOk<PageView>(
      C.via,
      'pageOnCall',
      { organisationId: w.trust.id, duty: 'TACTICAL', message: 'Cluster page: silver needed' },
      w.digitalLead,
    );
    // The level's minute passes: its escalation job falls due now, for all three schedulers at once.
    await sql(`UPDATE scheduled_job SET run_at = now() WHERE key = $1 AND status = 'PENDING'`, [
      `oncall-page:${page.id}:step-0`,
    ]);
    const escalations = () =>
      sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'oncall.page_escalated'`,
        [page.id],
      );
    await until('the page escalated', async () => (await escalations())[0].n > 0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await escalations()).toEqual([{ n: 1 }]);
    expect(
      await sql(`SELECT status, attempts FROM scheduled_job WHERE key = $1`, [`oncall-page:${page.id}:step-0`]),
    ).toEqual([{ status: 'DONE', attempts: 1 }]);
    const [now] = await sql<{ step: number; paged_user_id: string }>(
      `SELECT step, paged_user_id FROM oncall_page WHERE id = $1`,
      [page.id],
    );
    expect(now).toEqual({ step: 1, paged_user_id: w.eprrLead.id });
  });

  it('(c) holds a sign-in lockout and refresh-token reuse detection across processes', async () => {
    const u = await createUser(setup, [{ organisationId: w.trust.id, role: Role.VIEWER }]);
    const login = (m: Member, password: string) => m.via.gql.request(LOGIN, { input: { email: u.email, password } });
    for (let i = 0; i < 5; i++) expect(errorCode(await login(A, 'not the password at all'))).toBe('UNAUTHENTICATED');
    for (const m of [A, B, C]) expect(errorCode(await login(m, u.password))).toBe('TOO_MANY_REQUESTS');

    const v = await createUser(setup, [{ organisationId: w.trust.id, role: Role.VIEWER }]);
    const first = await A.via.gql.ok<{ login: { refreshToken: string } }>(LOGIN, {
      input: { email: v.email, password: v.password },
    });
    const refresh = (m: Member, token: string) =>
      m.via.gql.request<{ refreshToken: { refreshToken: string } }>(REFRESH, { token });
    const rotated = (await refresh(A, first.login.refreshToken)).data?.refreshToken.refreshToken as string;
    expect(rotated).toMatch(/^mrt_/);
    const reuses = () =>
      sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.refresh_reuse_detected' AND actor_id = $1`, [
        v.id,
      ]);
    expect(errorCode(await refresh(B, first.login.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await reuses()).toEqual([{ n: 1 }]);
    // Reuse revoked the whole family: the token A rotated to is refused too, on a third process.
    expect(errorCode(await refresh(C, rotated))).toBe('UNAUTHENTICATED');
  });

  it('SIGTERM to B: B refuses at once, finishes its request in flight, closes subscriptions to reconnect, exits in time; A and C serve on', async () => {
    const board = subscribe<Board>(B.via, bearer(w.commander), BOARD);
    await until('B subscribed', async () => (await subscribed('incidents')) >= 1);
    const lock = await lockOrganisations();
    try {
      // In the server, waiting for the lock the test holds.
      const slow = (await inFlight(B.server.port, ORGANISATION(w.trust.id), w.commander.token)).response;
      const signalled = Date.now();
      B.server.kill('SIGTERM');
      await B.server.logged((l) => /^shutting down/.test(String(l.msg)));
      expect(await status(B.via.baseUrl, '/health/ready')).toBe(0);
      for (const m of [A, C]) expect(await status(m.via.baseUrl, '/health/ready')).toBe(200);
      await lock.release();
      const answered = await slow;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body ?? '{}')).toMatchObject({ data: { organisation: { id: w.trust.id } } });
      expect(await B.server.exited).toEqual({ code: 0, signal: null });
      const tookMs = Date.now() - signalled;
      expect(tookMs).toBeLessThan(GRACE_MS);
      const closed = await board.next();
      expect(closed).toEqual({ error: expect.anything() });
      process.stdout.write(
        `cluster: SIGTERM to B: exited 0 in ${tookMs} ms; its subscription was closed with code(s) ${board.closes.join(',')}\n`,
      );
      expect(board.closes).toEqual([1001]);
    } finally {
      await lock.release();
      await board.dispose();
    }
    for (const m of [A, C])
      expect(await m.via.gql.ok(ORGANISATION(w.trust.id), {}, { token: w.commander.token })).toBeTruthy();
  });

  it(`(d) SIGKILL mid-load: no acknowledged write lost, and its claimed email is sent by another after the ${LEASE_SECONDS} s lease`, async () => {
    const alive = [A, C];
    // The first offer of the key's email, at whichever process claims it, is never answered: that process is then killed mid-send.
    let heldBy: Member | undefined;
    for (const m of alive)
      m.sink.behave((mail) => {
        if (mail.to !== w.digitalLead.email || heldBy) return null;
        heldBy = m;
        return 'hold';
      });
    const load = writeLoad(alive, w.trust.id, w.responder, 4);
    await until('some writes acknowledged', () => load.result.acknowledged.length >= 20);
    const key = await A.via.gql.ok<{ createApiKey: { apiKey: { id: string } } }>(
      NOTIFICATION_OPS.createApiKey,
      { input: { organisationId: w.trust.id, role: Role.VIEWER, name: 'Key sent through a kill' } },
      { token: w.digitalLead.token },
    );
    await until('the email held mid-send', () => heldBy !== undefined);
    const victim = heldBy as Member;
    const survivor = alive.find((m) => m !== victim) as Member;
    victim.server.kill('SIGKILL');
    const killedAt = Date.now();
    const ackedAtKill = load.result.acknowledged.length;
    await until('more writes acknowledged after the kill', () => load.result.acknowledged.length >= ackedAtKill + 50);
    const result = await load.stop();
    expect(await victim.server.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const found = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM incident WHERE id = ANY($1::uuid[])`, [
      result.acknowledged,
    ]);
    expect(found).toEqual([{ n: result.acknowledged.length }]);

    const delivery = () =>
      sql<{ id: string; status: string; attempts: number }>(
        `SELECT d.id, d.status, d.attempts FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
          WHERE d.channel = 'EMAIL' AND n.entity_id = $1`,
        [key.createApiKey.apiKey.id],
      );
    await until(
      'the survivor sent the email',
      async () => (await delivery())[0]?.status === 'DELIVERED',
      (LEASE_SECONDS + 15) * 1000,
    );
    const recoveredMs = Date.now() - killedAt;
    const [d] = await delivery();
    expect(d.attempts).toBe(2);
    expect(recoveredMs).toBeGreaterThanOrEqual((LEASE_SECONDS - 1) * 1000);
    const accepted = members.flatMap((m) =>
      m.sink.received.filter((mail) => mail.messageId === `<${d.id}@test.muster.nhs.uk>`),
    );
    expect(accepted).toHaveLength(1);
    expect(survivor.sink.received.some((mail) => mail.messageId === `<${d.id}@test.muster.nhs.uk>`)).toBe(true);
    // Nothing left claimed: no delivery still SENDING, no job due and not run.
    expect(
      await sql(`SELECT count(*)::int AS n FROM notification_delivery WHERE status = 'SENDING' AND created_at >= $1`, [
        suiteStarted,
      ]),
    ).toEqual([{ n: 0 }]);
    expect(
      await sql(
        `SELECT count(*)::int AS n FROM scheduled_job
          WHERE status = 'PENDING' AND run_at < now() - interval '5 seconds' AND created_at >= $1`,
        [suiteStarted],
      ),
    ).toEqual([{ n: 0 }]);
    process.stdout.write(
      `cluster: SIGKILL to ${victim.name} mid-load: ${result.acknowledged.length} acknowledged writes, all in the database; ` +
        `failed requests ${JSON.stringify(result.failed)}; its claimed email sent by ${survivor.name} ${(recoveredMs / 1000).toFixed(1)} s after the kill\n`,
    );
  }, 60_000);
});
