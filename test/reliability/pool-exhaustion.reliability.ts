import { expect } from '@jest/globals';
import { Client } from 'pg';
import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import {
  createOrganisation,
  createUser,
  errorCode,
  inFlight,
  lockOrganisations,
  startTestApp,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';

const POOL = 2;
const CONNECT_TIMEOUT_MS = 1_000;
const ORGANISATION = (id: string) => `{ organisation(id: "${id}") { id } }`;
const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`;

/**
 * Every connection of the pool held (requests waiting on a lock the test holds): a new
 * request waits DB_CONNECT_TIMEOUT_MS for a connection, then is answered 503
 * SERVICE_UNAVAILABLE with Retry-After — never left hanging. Once the lock goes, the held
 * requests are answered and new ones served again.
 */
describe('reliability: the database pool exhausted', () => {
  let t: TestApp;
  let org: TestOrg;
  let user: TestUser;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp({
      clock: new FixedClock(new Date()),
      env: { DB_POOL_MAX: String(POOL), DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS) },
    });
    org = await createOrganisation(t);
    user = await createUser(t, [{ organisationId: org.id, role: Role.INCIDENT_COMMANDER }]);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** The request's answer, or 'no answer' if none came within ten connect timeouts (a hang). */
  const answered = <T>(request: Promise<T>) =>
    Promise.race([
      request,
      new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), 10 * CONNECT_TIMEOUT_MS).unref()),
    ]);

  it(`answers 503 SERVICE_UNAVAILABLE instead of hanging (connect timeout ${CONNECT_TIMEOUT_MS} ms), then recovers`, async () => {
    const port = Number(new URL(t.baseUrl).port);
    const lock = await lockOrganisations();
    try {
      const held = await Promise.all(
        Array.from({ length: POOL }, () => inFlight(port, ORGANISATION(org.id), user.token)),
      );
      // Both connections are in the server's hands, waiting on the lock.
      for (;;) {
        const { rows } = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'muster' AND wait_event_type = 'Lock'`,
        );
        if (rows[0].n >= POOL) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      const asked = Date.now();
      const read = await answered(t.gql.request(ORGANISATION(org.id), {}, { token: user.token }));
      const change = await answered(
        t.gql.request(
          REPORT,
          { input: { organisationId: org.id, title: 'Reported while the pool is full', category: 'RANSOMWARE' } },
          { token: user.token },
        ),
      );
      const ms = Date.now() - asked;
      for (const res of [read, change]) {
        expect(res).not.toBe('no answer');
        if (res === 'no answer') continue;
        expect({ status: res.status, code: errorCode(res) }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      }
      const retryAfter = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
        body: JSON.stringify({ query: ORGANISATION(org.id) }),
      }).then((res) => res.headers.get('retry-after'));
      expect(retryAfter).toBe('5');
      process.stdout.write(
        `reliability: pool of ${POOL} held; a read and a change answered 503 SERVICE_UNAVAILABLE in ${ms} ms together ` +
          `(DB_CONNECT_TIMEOUT_MS ${CONNECT_TIMEOUT_MS})\n`,
      );

      await lock.release();
      for (const { response } of held) expect((await response).status).toBe(200);
    } finally {
      await lock.release();
    }
    expect(await t.gql.ok(ORGANISATION(org.id), {}, { token: user.token })).toEqual({ organisation: { id: org.id } });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM incident WHERE title = $1`, [
      'Reported while the pool is full',
    ]);
    expect(rows).toEqual([{ n: 0 }]);
  });
});
