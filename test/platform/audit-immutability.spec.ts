import { startTestApp, TestApp } from '@muster/testing';
import { UnitOfWork } from '@muster/platform-database';

describe('audit table in the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(UnitOfWork).run(async (tx) => {
      tx.record({ action: 'probe.created', organisationId: null, entityType: 'probe', entityId: 'immutable-1', summary: 'x' });
    });
  });
  afterAll(() => t.close());

  it.each([
    ['UPDATE', `UPDATE audit_event SET summary = 'forged' WHERE entity_id = 'immutable-1'`],
    ['DELETE', `DELETE FROM audit_event WHERE entity_id = 'immutable-1'`],
    ['TRUNCATE', `TRUNCATE audit_event CASCADE`],
  ])('refuses %s', async (_op, sql) => {
    await expect(t.dataSource.query(sql)).rejects.toThrow(/append-only/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = 'immutable-1'`);
    expect(n).toBe(1);
  });
});
