import { DataSource } from 'typeorm';
import { UnitOfWork } from '@muster/platform-database';
import { newRequestContext, runWithContext } from '@muster/platform-core';
import { startTestApp, TEST_START, TestApp } from '@muster/testing';

// A table of this suite's own: the unit of work is exercised directly, below any domain.
const PROBE = 'uow_probe';

describe('unit of work', () => {
  let t: TestApp;
  let uow: UnitOfWork;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    uow = t.app.get(UnitOfWork);
    db = t.dataSource;
    await db.query(`CREATE TABLE IF NOT EXISTS ${PROBE} (id text PRIMARY KEY)`);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(TEST_START));

  const rows = async (id: string) => (await db.query<unknown[]>(`SELECT id FROM ${PROBE} WHERE id = $1`, [id])).length;
  const events = async (id: string) =>
    (await db.query<unknown[]>(`SELECT id FROM audit_event WHERE entity_type = 'probe' AND entity_id = $1`, [id]))
      .length;

  const write = (id: string, failAfterWrite = false) =>
    uow.run(async (tx) => {
      await tx.manager.query(`INSERT INTO ${PROBE} (id) VALUES ($1)`, [id]);
      tx.record({
        action: 'probe.created',
        organisationId: null,
        entityType: 'probe',
        entityId: id,
        summary: `probe ${id}`,
      });
      if (failAfterWrite) throw new Error('boom after writing');
      return id;
    });

  it('commits the change and its audit events together', async () => {
    await write('committed-1');
    expect(await rows('committed-1')).toBe(1);
    expect(await events('committed-1')).toBe(1);
  });

  it('writes neither the change nor its audit events when the work throws after writing', async () => {
    await expect(write('failed-1', true)).rejects.toThrow('boom after writing');
    expect(await rows('failed-1')).toBe(0);
    expect(await events('failed-1')).toBe(0);
  });

  it('rolls back everything when appending the audit events fails', async () => {
    const failing = uow.run(async (tx) => {
      await tx.manager.query(`INSERT INTO ${PROBE} (id) VALUES ('bad-audit')`);
      // An entity id the audit table cannot store (NUL bytes are refused by PostgreSQL text).
      tx.record({
        action: 'probe.created',
        organisationId: null,
        entityType: 'probe',
        entityId: 'bad\u0000',
        summary: 'x',
      });
    });
    await expect(failing).rejects.toBeDefined();
    expect(await rows('bad-audit')).toBe(0);
  });

  it('refuses a change that records no audit event, and writes nothing', async () => {
    const unaudited = uow.run(async (tx) => {
      await tx.manager.query(`INSERT INTO ${PROBE} (id) VALUES ('unaudited')`);
    });
    await expect(unaudited).rejects.toThrow('without an audit event');
    expect(await rows('unaudited')).toBe(0);
  });

  it('ends without writing a change that says it has nothing to record, even what it wrote before finding so', async () => {
    const result = await uow.run(async (tx) => {
      await tx.manager.query(`INSERT INTO ${PROBE} (id) VALUES ('unchanged-1')`);
      return tx.nothingToRecord();
    });
    expect(result).toBeUndefined();
    expect(await rows('unchanged-1')).toBe(0);
    expect(await events('unchanged-1')).toBe(0);
  });

  it('refuses a change that records audit events and then says it has nothing to record', async () => {
    const contradictory = uow.run(async (tx) => {
      tx.record({
        action: 'probe.created',
        organisationId: null,
        entityType: 'probe',
        entityId: 'contradictory',
        summary: 'x',
      });
      return tx.nothingToRecord();
    });
    await expect(contradictory).rejects.toThrow('nothing to record');
    expect(await events('contradictory')).toBe(0);
  });

  it('refuses to end a joined unit of work without writing: the outer one would commit what it wrote', async () => {
    const joined = uow.run(async (tx) => {
      tx.record({
        action: 'probe.outer',
        organisationId: null,
        entityType: 'probe',
        entityId: 'joined-unchanged',
        summary: 'outer',
      });
      await uow.run(async (inner) => {
        await inner.manager.query(`INSERT INTO ${PROBE} (id) VALUES ('joined-unchanged')`);
        return inner.nothingToRecord();
      });
    });
    await expect(joined).rejects.toThrow('not one joined to another');
    expect(await rows('joined-unchanged')).toBe(0);
    expect(await events('joined-unchanged')).toBe(0);
  });

  it('runs at READ COMMITTED, set for the session when it connects rather than for each transaction', async () => {
    const { level, source } = await uow.run(async (tx) => {
      tx.record({
        action: 'probe.checked',
        organisationId: null,
        entityType: 'probe',
        entityId: 'isolation',
        summary: 'isolation level read',
      });
      const [{ transaction_isolation: isolation }] =
        await tx.manager.query<{ transaction_isolation: string }[]>(`SHOW transaction_isolation`);
      const [setting] = await tx.manager.query<{ source: string }[]>(
        `SELECT source FROM pg_settings WHERE name = 'default_transaction_isolation'`,
      );
      return { level: isolation, source: setting.source };
    });
    expect(level).toBe('read committed');
    // From the connection's start-up options, so no server or role default can change it (PGlite ignores them).
    expect(source).toBe(process.env.MUSTER_TEST_EMBEDDED === '1' ? 'default' : 'client');
  });

  it('counts the audit statements with the others, and appends through prepared statements on repeat', async () => {
    await write('counted-0');
    const context = newRequestContext();
    await runWithContext(context, () => write('counted-1'));
    // BEGIN, the insert, the head lock, the append, COMMIT (the chain's head exists by now).
    expect(context.stats.sqlStatements).toBe(5);
    // After the commit, on the connection that appended: its session holds the two statements.
    let prepared: string[] = [];
    await uow.run(async (tx) => {
      tx.record({
        action: 'probe.checked',
        organisationId: null,
        entityType: 'probe',
        entityId: 'prepared',
        summary: 'prepared statements read',
      });
      tx.afterCommit(async () => {
        const rows: { name: string }[] = await tx.manager.query(
          `SELECT name FROM pg_prepared_statements WHERE name LIKE 'audit_%' ORDER BY name`,
        );
        prepared = rows.map((r) => r.name);
      });
    });
    // Not on the embedded database, whose connections share one session (see configForDatabase).
    if (t.config.database.preparedStatements)
      expect(prepared).toEqual(expect.arrayContaining(['audit_append_1', 'audit_lock_head']));
    else expect(prepared).toEqual([]);
  });

  it('joins an inner unit of work to the outer transaction', async () => {
    await expect(
      uow.run(async (tx) => {
        await write('inner-1');
        tx.record({
          action: 'probe.outer',
          organisationId: null,
          entityType: 'probe',
          entityId: 'inner-1',
          summary: 'outer',
        });
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await rows('inner-1')).toBe(0);
    expect(await events('inner-1')).toBe(0);
  });

  it('stamps events with the clock, the actor and the request of the context', async () => {
    t.clock.set('2026-03-01T10:00:00Z');
    const ctx = newRequestContext({
      requestId: 'req-stamp-1',
      clientAddress: '10.9.8.7',
      actor: { type: 'SYSTEM', id: null, label: 'tester' },
    });
    await runWithContext(ctx, () => write('stamped-1'));
    const [event] = await db.query<{ occurred_at: Date; hash: string; [column: string]: unknown }[]>(
      `SELECT occurred_at, actor_label, request_id, client_address, seq, prev_hash, hash FROM audit_event WHERE entity_id = 'stamped-1'`,
    );
    expect(event.occurred_at.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(event).toMatchObject({ actor_label: 'tester', request_id: 'req-stamp-1', client_address: '10.9.8.7' });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links concurrent transactions of one chain without forks', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => write(`concurrent-${i}`)));
    const [{ forks }] = await db.query<{ forks: string }[]>(
      `SELECT count(*) - count(DISTINCT prev_hash) AS forks FROM audit_event WHERE chain_id = 'ics'`,
    );
    expect(Number(forks)).toBe(0);
    const [{ gaps }] = await db.query<{ gaps: string }[]>(
      `SELECT max(seq) - count(*) AS gaps FROM audit_event WHERE chain_id = 'ics'`,
    );
    expect(Number(gaps)).toBe(0);
  });
});
