import { Client } from 'pg';
import { UnitOfWork } from '@muster/platform-database';
import { FAILURE_RUN_RESET_MS, KNOWN_ADDRESS_MS, LoginThrottlePurge, THROTTLE_WINDOW_MS } from '@muster/identity';
import { startTestApp, TEST_START, TestApp } from '@muster/testing';

const MINUTE = 60_000;
// The embedded database gives every connection one shared session, where advisory locks are
// re-entrant: two processes purging at once only exist on a PostgreSQL server.
const itOnServer = process.env.DATABASE_URL ? it : it.skip;
const PURGE_LOCK = `hashtext('muster.login-throttle-purge')`;

interface PairRow {
  address: string;
  lockedUntil?: number;
  lastFailureAt?: number;
  lastSuccessAt?: number;
}

interface CounterRow {
  subject: string;
  lastFailureAt?: number;
  previousLastFailureAt?: number;
}

/** Throttle rows as (how long ago) they were last touched: what each still decides. */
const PAIRS: (PairRow & { kept: boolean })[] = [
  { address: 'locked', lockedUntil: -5 * MINUTE, lastFailureAt: MINUTE, kept: true },
  { address: 'run-continues', lastFailureAt: FAILURE_RUN_RESET_MS - MINUTE, kept: true },
  {
    address: 'run-over',
    lastFailureAt: FAILURE_RUN_RESET_MS,
    lockedUntil: FAILURE_RUN_RESET_MS - 15 * MINUTE,
    kept: false,
  },
  { address: 'known', lastSuccessAt: KNOWN_ADDRESS_MS - MINUTE, lastFailureAt: 2 * FAILURE_RUN_RESET_MS, kept: true },
  { address: 'forgotten', lastSuccessAt: KNOWN_ADDRESS_MS, kept: false },
  { address: 'never-used', kept: false },
];
const COUNTERS: (CounterRow & { kept: boolean })[] = [
  { subject: 'within-the-hour', lastFailureAt: THROTTLE_WINDOW_MS - MINUTE, kept: true },
  {
    subject: 'an-hour-old',
    lastFailureAt: THROTTLE_WINDOW_MS,
    previousLastFailureAt: 2 * THROTTLE_WINDOW_MS,
    kept: false,
  },
  { subject: 'never-counted', kept: false },
];

describe('purging stale sign-in throttle rows', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(TEST_START));

  const ago = (ms: number | undefined) => (ms === undefined ? null : new Date(t.clock.now().getTime() - ms));
  /** Replaces every throttle row with PAIRS and COUNTERS (for `email`), through the unit of work. */
  const seed = (email: string) =>
    t.app.get(UnitOfWork).run(async (tx) => {
      await tx.manager.query(`DELETE FROM login_account_address`);
      await tx.manager.query(`DELETE FROM login_throttle`);
      for (const p of PAIRS) {
        await tx.manager.query(
          `INSERT INTO login_account_address (email, address, consecutive_failures, locked_until, last_failure_at, last_success_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            email,
            p.address,
            p.lastFailureAt === undefined ? 0 : 5,
            ago(p.lockedUntil),
            ago(p.lastFailureAt),
            ago(p.lastSuccessAt),
          ],
        );
      }
      for (const c of COUNTERS) {
        await tx.manager.query(
          `INSERT INTO login_throttle (scope, subject, window_started_at, window_failures, last_failure_at, previous_window_failures, previous_last_failure_at)
           VALUES ('address', $1, $2, $3, $2, $4, $5)`,
          [
            c.subject,
            ago(c.lastFailureAt),
            c.lastFailureAt === undefined ? 0 : 3,
            c.previousLastFailureAt === undefined ? 0 : 7,
            ago(c.previousLastFailureAt),
          ],
        );
      }
      tx.record({
        action: 'test.seeded',
        organisationId: null,
        entityType: 'login_throttle',
        entityId: null,
        summary: 'test set-up',
      });
    });
  const remaining = async () => ({
    pairs: (
      await t.dataSource.query<{ address: string }[]>(`SELECT address FROM login_account_address ORDER BY address`)
    ).map((r) => r.address),
    counters: (
      await t.dataSource.query<{ subject: string }[]>(`SELECT subject FROM login_throttle ORDER BY subject`)
    ).map((r) => r.subject),
  });
  const purgeEvents = () =>
    t.dataSource.query<{ actor_type: string; chain_id: string; changes: unknown }[]>(
      `SELECT actor_type, chain_id, changes FROM audit_event WHERE action = 'auth.login_throttle_purged' ORDER BY occurred_at, seq`,
    );
  const kept = <T extends { kept: boolean }>(rows: T[], key: (row: T) => string) =>
    rows
      .filter((r) => r.kept)
      .map(key)
      .sort();

  it('deletes only the rows that decide nothing any more, and audits how many went, as the system', async () => {
    await seed('someone@example.nhs.uk');
    const before = (await purgeEvents()).length;

    expect(await t.app.get(LoginThrottlePurge).purge()).toEqual({ accountAddresses: 3, counters: 2 });
    expect(await remaining()).toEqual({
      pairs: kept(PAIRS, (p) => p.address),
      counters: kept(COUNTERS, (c) => c.subject),
    });
    const events = await purgeEvents();
    expect(events).toHaveLength(before + 1);
    expect(events[events.length - 1]).toEqual({
      actor_type: 'SYSTEM',
      chain_id: 'ics',
      changes: { accountAddressRows: 3, counterRows: 2 },
    });
  });

  it('records nothing when nothing is stale', async () => {
    await seed('someone@example.nhs.uk');
    await t.app.get(LoginThrottlePurge).purge();
    const before = (await purgeEvents()).length;
    expect(await t.app.get(LoginThrottlePurge).purge()).toEqual({ accountAddresses: 0, counters: 0 });
    expect(await purgeEvents()).toHaveLength(before);
  });

  it('deletes rows once the clock has moved past what they decide', async () => {
    await seed('someone@example.nhs.uk');
    t.clock.advance(KNOWN_ADDRESS_MS);
    await t.app.get(LoginThrottlePurge).purge();
    expect(await remaining()).toEqual({ pairs: [], counters: [] });
  });

  itOnServer('leaves the purge to another process that is already running one', async () => {
    await seed('someone@example.nhs.uk');
    const other = new Client({ connectionString: t.databaseUrl });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(${PURGE_LOCK})`);
      expect(await t.app.get(LoginThrottlePurge).purge()).toEqual({ accountAddresses: 0, counters: 0 });
      expect((await remaining()).pairs).toHaveLength(PAIRS.length);
      await other.query(`SELECT pg_advisory_unlock(${PURGE_LOCK})`);
      expect(await t.app.get(LoginThrottlePurge).purge()).toEqual({ accountAddresses: 3, counters: 2 });
    } finally {
      await other.end();
    }
  });
});

describe('the purge timer', () => {
  afterEach(() => jest.useRealTimers());

  it('purges every LOGIN_THROTTLE_PURGE_INTERVAL_SECONDS, and stops (after the purge under way) on shutdown', async () => {
    // Only intervals are faked: the database driver and the HTTP server keep their real timers.
    jest.useFakeTimers({
      doNotFake: [
        'Date',
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
      ],
    });
    const t = await startTestApp({ env: { LOGIN_THROTTLE_PURGE_INTERVAL_SECONDS: '60' } });
    const uow = t.app.get(UnitOfWork);
    await uow.run(async (tx) => {
      await tx.manager.query(`INSERT INTO login_throttle (scope, subject) VALUES ('address', 'timer-test')`);
      tx.record({
        action: 'test.seeded',
        organisationId: null,
        entityType: 'login_throttle',
        entityId: null,
        summary: 'test set-up',
      });
    });
    expect(jest.getTimerCount()).toBe(1);

    jest.advanceTimersByTime(60_000);
    await t.close();
    expect(jest.getTimerCount()).toBe(0);

    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM login_throttle WHERE subject = 'timer-test'`,
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });
});
