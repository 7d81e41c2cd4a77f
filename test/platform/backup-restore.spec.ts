import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { UnitOfWork } from '@muster/platform-database';
import { createOrganisation, createUser, startTestApp, TEST_AUDIT_KEY, TestApp } from '@muster/testing';

const ROOT = resolve(__dirname, '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A command of package.json's, as an operator runs it (asynchronous: an embedded database may be served by this process). */
const run = (script: string, args: string[], env: Record<string, string | undefined>): Promise<Run> =>
  new Promise((done) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, AUDIT_HMAC_KEY: TEST_AUDIT_KEY, NODE_ENV: 'test' };
    for (const [key, value] of Object.entries(env))
      if (value === undefined) delete childEnv[key];
      else childEnv[key] = value;
    execFile(
      process.execPath,
      ['tools/scripts/run-ts.js', `tools/scripts/${script}.ts`, ...args],
      { cwd: ROOT, env: childEnv },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const heads = async (url: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ chain_id: string; last_seq: string; last_hash: string }>(
      `SELECT chain_id, last_seq::text, last_hash FROM audit_chain ORDER BY chain_id`,
    );
    return rows;
  } finally {
    await client.end();
  }
};

const audited = (uow: UnitOfWork, organisationId: string, n: number) =>
  uow.run(async (tx) => {
    tx.record({
      action: 'probe.changed',
      organisationId,
      entityType: 'backup_probe',
      entityId: `p${n}`,
      summary: `Change ${n}`,
      changes: { n },
    });
  });

/**
 * db:backup and db:restore with PostgreSQL's own tools (pg_dump -Fc, pg_restore) or the
 * embedded database's own dump: a database with activity, backed up and restored into a new
 * one, has every audit chain verify with the same heads, and the API starts on the copy.
 */
describe('backup and restore', () => {
  // Each test runs the CLI scripts as processes (ts compilation, pg_dump/pg_restore or the
  // embedded database's dump) and starts the API on the copy: minutes on a loaded machine.
  jest.setTimeout(240_000);
  const folder = mkdtempSync(join(tmpdir(), 'muster-backup-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const server = process.env.DATABASE_URL && process.env.MUSTER_TEST_EMBEDDED !== '1' ? describe : describe.skip;
  server('on a PostgreSQL server (pg_dump, pg_restore)', () => {
    let t: TestApp;
    let copy: TestApp | undefined;
    let admin: Client;
    const restoredName = `muster_restored_${process.pid}_${Date.now()}`;
    let restoredUrl: string;

    beforeAll(async () => {
      t = await startTestApp();
      const url = new URL(t.databaseUrl);
      url.pathname = `/${restoredName}`;
      restoredUrl = url.toString();
      admin = new Client({ connectionString: t.databaseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${restoredName}`);
    });
    afterAll(async () => {
      await copy?.close();
      await t?.close();
      await admin?.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
      await admin?.end();
    });

    it('restores a copy whose audit chains verify with the same heads, and serves it', async () => {
      const org = await createOrganisation(t);
      await createUser(t, [{ organisationId: org.id, role: 'EPRR_LEAD' as never }]);
      for (let n = 1; n <= 5; n++) await audited(t.app.get(UnitOfWork), org.id, n);
      const before = await heads(t.databaseUrl);
      const orgHead = before.find((h) => h.chain_id === org.id);
      expect(orgHead).toBeDefined();

      const file = join(folder, 'server.dump');
      const backup = await run('db-backup', [file], { DATABASE_URL: t.databaseUrl });
      expect(backup).toMatchObject({ code: 0, stderr: '' });
      expect(backup.stdout).toContain('pg_dump custom format');
      // A backup is never overwritten.
      expect((await run('db-backup', [file], { DATABASE_URL: t.databaseUrl })).stderr).toContain('exists already');

      const restore = await run('db-restore', [file], { DATABASE_URL: restoredUrl });
      expect(restore).toMatchObject({ code: 0, stderr: '' });
      expect(await heads(restoredUrl)).toEqual(before);
      // Every chain of the copy verifies exactly as the original's does (other suites of this
      // worker tamper with chains of their own on purpose: those stay broken, the same way).
      const verifyAll = async (url: string) => {
        const out = await run('audit-verify', ['--all', '--json'], { DATABASE_URL: url, LOG_LEVEL: 'silent' });
        return {
          code: out.code,
          chains: out.stdout
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as unknown),
        };
      };
      const original = await verifyAll(t.databaseUrl);
      expect(original.chains.length).toBe(before.length);
      expect(await verifyAll(restoredUrl)).toEqual(original);
      const expected = await run(
        'audit-verify',
        ['--organisation', org.id, '--expected-head', orgHead?.last_hash ?? ''],
        { DATABASE_URL: restoredUrl, LOG_LEVEL: 'silent' },
      );
      expect(expected.code).toBe(0);

      // Never over a database in use: refused, untouched.
      const again = await run('db-restore', [file], { DATABASE_URL: restoredUrl });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/holds \d+ tables: restore into a new, empty database/);

      copy = await startTestApp({ env: { DATABASE_URL: restoredUrl } });
      expect((await fetch(`${copy.baseUrl}/health/ready`)).status).toBe(200);
      await audited(copy.app.get(UnitOfWork), org.id, 6);
      const after = await run('audit-verify', ['--organisation', org.id], {
        DATABASE_URL: restoredUrl,
        LOG_LEVEL: 'silent',
      });
      expect(after.code).toBe(0);
    });
  });

  it('backs up and restores the embedded database (its own dump of the data folder)', async () => {
    // PGlite cannot run inside a jest worker: every step is a command, as an operator runs it.
    const dataDir = join(folder, 'embedded');
    const embedded = { DATABASE_URL: undefined, MUSTER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const created = await run('migrate', [], embedded);
    expect(created.stdout).toContain('Applied:');
    const file = join(folder, 'embedded.tar.gz');
    const backup = await run('db-backup', [file], embedded);
    expect(backup).toMatchObject({ code: 0, stderr: '' });

    const restoredDir = join(folder, 'restored');
    const restored = { ...embedded, MUSTER_DATA_DIR: restoredDir };
    expect(await run('db-restore', [file], restored)).toMatchObject({ code: 0, stderr: '' });
    // The copy has every migration the original had, and is refused as a target from now on.
    expect(await run('migrate', [], restored)).toMatchObject({ code: 0, stdout: 'No pending migrations.\n' });
    expect((await run('db-restore', [file], restored)).stderr).toContain('is not empty');
  });
});
