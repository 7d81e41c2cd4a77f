import { Client } from 'pg';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { Job, JobStore, Scheduler, SchedulerLoop } from '@muster/platform-scheduler';
import { startTestApp, TestApp } from '@muster/testing';

// A table of this suite's own: what the test jobs write.
const PROBE = 'scheduler_probe';
const MINUTE = 60_000;

/** The scheduler, driven by the injected clock: `tick()` is one round of the background loop. */
describe('the scheduler', () => {
  let t: TestApp;
  let scheduler: Scheduler;
  let uow: UnitOfWork;
  const ran: string[] = [];
  const failing = new Map<string, number>();

  beforeAll(async () => {
    t = await startTestApp();
    scheduler = t.app.get(Scheduler);
    uow = t.app.get(UnitOfWork);
    await t.dataSource.query(`CREATE TABLE IF NOT EXISTS ${PROBE} (key text PRIMARY KEY)`);
    // Writes a row, then fails as often as `failing` says for its key.
    scheduler.register({
      kind: 'test.probe',
      maxAttempts: 3,
      retryBaseMs: MINUTE,
      retryMaxMs: 10 * MINUTE,
      handle: async (job: Job, tx: Transaction) => {
        await tx.manager.query(`INSERT INTO ${PROBE} (key) VALUES ($1)`, [`${job.key}#${job.attempts + 1}`]);
        const failures = failing.get(job.key) ?? 0;
        if (job.attempts < failures) throw new Error(`probe failure ${job.attempts + 1}`);
        ran.push(job.key);
        return `probe ${job.key} ran`;
      },
    });
    scheduler.register({ kind: 'test.periodic', handle: async (job) => (ran.push(job.key), 'tick tock') });
    scheduler.every('test.periodic', 60 * MINUTE);
  });
  afterAll(() => t.close());

  /**
   * Ticks until a round finds nothing to do. Other suites of this jest worker share the
   * database: the review reminders of their runbooks are due too, and run first (oldest
   * first, SCHEDULER_JOBS_PER_TICK a round).
   */
  const tick = async () => {
    const total = { scheduled: 0, completed: 0, failed: 0, worked: 0 };
    for (let round = 0; round < 50; round++) {
      const r = await scheduler.tick();
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
      if (r.scheduled + r.completed + r.failed + r.worked === 0) return total;
    }
    throw new Error('still busy after 50 rounds');
  };
  const enqueue = (key: string, runAt = t.clock.now(), thenFail = false) =>
    uow.run(async (tx) => {
      const added = await scheduler.enqueue(tx, { kind: 'test.probe', key, runAt });
      tx.record({
        action: 'probe.created',
        organisationId: null,
        entityType: 'probe',
        entityId: key,
        summary: `probe ${key} enqueued`,
      });
      if (thenFail) throw new Error('the change failed');
      return added;
    });
  const job = (key: string) => t.app.get(JobStore).findByKey(t.dataSource.manager, key);
  const written = async (key: string) =>
    (
      await t.dataSource.query<{ key: string }[]>(`SELECT key FROM ${PROBE} WHERE key LIKE $1 ORDER BY key`, [
        `${key}#%`,
      ])
    ).map((r) => r.key);

  it('enqueues in the caller’s unit of work: a rolled-back change schedules nothing', async () => {
    await expect(enqueue('rolled-back', t.clock.now(), true)).rejects.toThrow('the change failed');
    expect(await job('rolled-back')).toBeNull();
    await tick();
    expect(ran).not.toContain('rolled-back');
  });

  it('adds nothing for a key already enqueued, and runs a job once, not before its time', async () => {
    const later = new Date(t.clock.now().getTime() + 5 * MINUTE);
    expect(await enqueue('once', later)).toBe(true);
    expect(await enqueue('once', t.clock.now())).toBe(false);
    await tick();
    expect(ran).not.toContain('once');
    t.clock.advance(5 * MINUTE);
    await tick();
    await tick();
    expect(ran.filter((k) => k === 'once')).toEqual(['once']);
    expect(await job('once')).toMatchObject({ status: 'DONE', attempts: 1 });
    expect(await enqueue('once')).toBe(false);
    const events: { action: string }[] = await t.dataSource.query(
      `SELECT e.action FROM audit_event e JOIN scheduled_job j ON e.entity_id = j.id::text WHERE j.key = 'once'`,
    );
    expect(events.map((e) => e.action)).toEqual(['job.completed']);
  });

  it('rolls back a failing job’s writes, retries after a doubling backoff, and marks it FAILED after its last attempt', async () => {
    failing.set('flaky', 1);
    failing.set('broken', 99);
    await enqueue('flaky');
    await enqueue('broken');
    await tick();
    expect(await job('flaky')).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'probe failure 1' });
    expect(await written('flaky')).toEqual([]);
    t.clock.advance(MINUTE);
    await tick();
    expect(await job('flaky')).toMatchObject({ status: 'DONE', attempts: 2 });
    expect(await written('flaky')).toEqual(['flaky#2']);
    t.clock.advance(MINUTE);
    await tick();
    expect(await job('broken')).toMatchObject({ status: 'PENDING', attempts: 2 }); // its second wait is two minutes
    t.clock.advance(MINUTE);
    await tick();
    expect(await job('broken')).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'probe failure 3' });
    t.clock.advance(60 * MINUTE);
    await tick();
    expect(await job('broken')).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(await written('broken')).toEqual([]);
  });

  it('runs a periodic job once per period however often it ticks, and again in the next period', async () => {
    t.clock.set('2026-12-01T10:15:00Z');
    await tick();
    await tick();
    t.clock.set('2026-12-01T10:59:59Z');
    await tick();
    t.clock.set('2026-12-01T11:00:00Z');
    await tick();
    expect(ran.filter((k) => k.startsWith('test.periodic@2026-12-01'))).toEqual([
      'test.periodic@2026-12-01T10:00:00.000Z',
      'test.periodic@2026-12-01T11:00:00.000Z',
    ]);
  });

  // Two connections in one transaction each: the embedded database serialises them, so this needs the server.
  (process.env.MUSTER_TEST_EMBEDDED === '1' ? it.skip : it)(
    'skips a job another process holds, and runs it once that process dies',
    async () => {
      await enqueue('held');
      const other = new Client({ connectionString: t.databaseUrl });
      await other.connect();
      other.on('error', () => undefined);
      await other.query('BEGIN');
      await other.query(`SELECT id FROM scheduled_job WHERE key = 'held' FOR UPDATE`);
      await tick();
      expect(ran).not.toContain('held');
      // The process dies mid-job: its connection goes, the server rolls its transaction back.
      await t.dataSource.query(`SELECT pg_terminate_backend($1)`, [
        (other as unknown as { processID: number }).processID,
      ]);
      await other.end().catch(() => undefined);
      await tick();
      expect(ran.filter((k) => k === 'held')).toEqual(['held']);
    },
  );
});

describe('the scheduler loop', () => {
  it('waits for the tick under way when the app closes, so its work commits before the pool closes', async () => {
    const t = await startTestApp({ env: { SCHEDULER_ENABLED: 'true', SCHEDULER_INTERVAL_MS: '3600000' } });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const scheduler = t.app.get(Scheduler);
    scheduler.register({ kind: 'test.slow', handle: async () => (started(), await gate, 'slow job done') });
    await t.app.get(UnitOfWork).run(async (tx) => {
      await scheduler.enqueue(tx, { kind: 'test.slow', key: 'slow-on-close', runAt: tx.now });
      tx.record({
        action: 'probe.created',
        organisationId: null,
        entityType: 'probe',
        entityId: 'slow',
        summary: 'slow job enqueued',
      });
    });
    // The loop ticks by itself (at start, then hourly here); a wake-up asks for the next tick now.
    t.app.get(SchedulerLoop).wake();
    await running;
    const closed = t.close();
    release();
    await closed;
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      expect((await db.query(`SELECT status FROM scheduled_job WHERE key = 'slow-on-close'`)).rows).toEqual([
        { status: 'DONE' },
      ]);
    } finally {
      await db.end();
    }
  });
});
