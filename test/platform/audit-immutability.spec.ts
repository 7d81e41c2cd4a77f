import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { Client, DatabaseError } from 'pg';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '@muster/platform-audit';
import { UnitOfWork } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';
import { rolledBack, startTestApp, TestApp, workerDatabaseUrl } from '@muster/testing';

const PROBE = 'audit_role_probe';

/** The error a statement fails with (or null), inside a transaction that is always rolled back. */
async function failureOf(db: Client, statements: string[]): Promise<DatabaseError | null> {
  const { error } = await rolledBack(db, async () => {
    for (const sql of statements) await db.query(sql);
  });
  return error ?? null;
}

describe('audit tables in the database', () => {
  let t: TestApp;
  let db: Client;
  const org = randomUUID();

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    await t.app.get(UnitOfWork).run(async (tx) => {
      tx.record({
        action: 'probe.created',
        organisationId: org,
        entityType: 'probe',
        entityId: 'immutable-1',
        summary: 'x',
      });
    });
    await db.query(`CREATE TABLE IF NOT EXISTS ${PROBE} (id text PRIMARY KEY)`);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  describe('for every role, the owner and superusers included (triggers)', () => {
    it.each([
      ['UPDATE', `UPDATE audit_event SET summary = 'forged' WHERE entity_id = 'immutable-1'`],
      ['DELETE', `DELETE FROM audit_event WHERE entity_id = 'immutable-1'`],
      ['TRUNCATE', `TRUNCATE audit_event CASCADE`],
    ])('refuses %s of an audit event', async (_op, sql) => {
      expect(await failureOf(db, [sql])).toMatchObject({
        code: '42501',
        message: expect.stringMatching(/append-only/),
      });
      const [{ n }] = (
        await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = 'immutable-1'`)
      ).rows;
      expect(n).toBe(1);
    });

    it.each([
      ['deleting a head', `DELETE FROM audit_chain WHERE chain_id = '${org}'`],
      ['truncating the heads', `TRUNCATE audit_chain CASCADE`],
      ['moving a head back', `UPDATE audit_chain SET last_seq = 0 WHERE chain_id = '${org}'`],
      ['rewriting a head in place', `UPDATE audit_chain SET last_hash = repeat('f', 64) WHERE chain_id = '${org}'`],
    ])('refuses %s of a chain', async (_op, sql) => {
      expect(await failureOf(db, [sql])).toMatchObject({
        code: '42501',
        message: expect.stringMatching(/only move forward/),
      });
    });
  });

  describe('for the application role muster_app (privileges)', () => {
    it.each([
      ['UPDATE', `UPDATE audit_event SET summary = 'forged' WHERE entity_id = 'immutable-1'`],
      ['DELETE', `DELETE FROM audit_event WHERE entity_id = 'immutable-1'`],
      ['TRUNCATE', `TRUNCATE audit_event`],
    ])('has no privilege to %s an audit event', async (_op, sql) => {
      // "permission denied", not the trigger's message: the privilege check refuses first.
      expect(await failureOf(db, ['SET LOCAL ROLE muster_app', sql])).toMatchObject({
        code: '42501',
        message: 'permission denied for table audit_event',
      });
    });

    it('has no privilege to delete a chain head or rewrite the migration history', async () => {
      expect(await failureOf(db, ['SET LOCAL ROLE muster_app', `DELETE FROM audit_chain`])).toMatchObject({
        code: '42501',
        message: 'permission denied for table audit_chain',
      });
      expect(await failureOf(db, ['SET LOCAL ROLE muster_app', `DELETE FROM migrations`])).toMatchObject({
        code: '42501',
        message: 'permission denied for table migrations',
      });
    });

    it('still reads and writes the other tables, and appends audit events through the unit of work', async () => {
      await t.app.get(UnitOfWork).run(async (tx) => {
        await tx.manager.query(`SET LOCAL ROLE muster_app`);
        await tx.manager.query(`INSERT INTO ${PROBE} (id) VALUES ('as-app-role')`);
        await tx.manager.query(`UPDATE ${PROBE} SET id = 'as-app-role' WHERE id = 'as-app-role'`);
        tx.record({
          action: 'probe.created',
          organisationId: org,
          entityType: 'probe',
          entityId: 'as-app-role',
          summary: 'Written as muster_app',
        });
      });
      const { rows } = await db.query(`SELECT seq::int FROM audit_event WHERE entity_id = 'as-app-role'`);
      expect(rows).toEqual([{ seq: 2 }]);
      expect(await verifyAuditChain(db, { chainId: org, hmacKey: t.config.audit.hmacKey })).toMatchObject({
        valid: true,
        checked: 2,
      });
    });

    it('comes from a migration that can run again, on a server where the role already exists', async () => {
      // On the worker's scratch database: running it again grants the role every table
      // anew, and the suites sharing the main database rely on later migrations' revokes.
      const scratch = new DataSource({ type: 'postgres', url: workerDatabaseUrl('scratch') });
      await scratch.initialize();
      const other = new Client({ connectionString: workerDatabaseUrl('scratch') });
      await other.connect();
      const runner = scratch.createQueryRunner();
      try {
        const migration = MIGRATIONS.find((m) => m.name === 'CreatedApplicationRole1764316800410');
        await new (migration as NonNullable<typeof migration>)().up(runner);
        expect(await failureOf(other, ['SET LOCAL ROLE muster_app', `DELETE FROM audit_event`])).toMatchObject({
          code: '42501',
        });
        const { rows } = await other.query(`SELECT rolcanlogin FROM pg_roles WHERE rolname = 'muster_app'`);
        expect(rows).toEqual([{ rolcanlogin: false }]);
      } finally {
        await runner.release();
        await other.end();
        await scratch.destroy();
      }
    });
  });
});
