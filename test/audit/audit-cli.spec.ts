import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { expect } from '@jest/globals';
import { Client } from 'pg';
import { UnitOfWork } from '@muster/platform-database';
import { startTestApp, TEST_AUDIT_KEY, TestApp, withoutTriggers } from '@muster/testing';
import { exportedEvents } from './audit-api.operations';

const ROOT = resolve(__dirname, '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('audit:verify and audit:export commands', () => {
  let t: TestApp;
  let db: Client;
  const org = randomUUID();

  // Asynchronous on purpose: the embedded test database is served by this very process.
  const run = (script: string, args: string[]): Promise<Run> =>
    new Promise((done) => {
      execFile(
        process.execPath,
        ['tools/scripts/run-ts.js', `tools/scripts/${script}.ts`, ...args],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            DATABASE_URL: t.databaseUrl,
            AUDIT_HMAC_KEY: TEST_AUDIT_KEY,
            LOG_LEVEL: 'silent',
            NODE_ENV: 'test',
          },
        },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    for (let i = 1; i <= 5; i++) {
      await t.app.get(UnitOfWork).run(async (tx) => {
        tx.record({
          action: 'probe.changed',
          organisationId: org,
          entityType: 'cli_probe',
          entityId: `p${i}`,
          summary: `Change ${i}`,
          changes: { i },
        });
      });
    }
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const head = async () =>
    (await db.query<{ last_hash: string }>(`SELECT last_hash FROM audit_chain WHERE chain_id = $1`, [org])).rows[0]
      .last_hash;

  it('exports an organisation trail as NDJSON, oldest first, and records the export', async () => {
    const { code, stdout, stderr } = await run('audit-export', ['--organisation', org]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'Exported 6 audit events.\n' });
    const events = exportedEvents(stdout);
    expect(events.map((e) => [e.seq, e.action])).toEqual([
      [1, 'probe.changed'],
      [2, 'probe.changed'],
      [3, 'probe.changed'],
      [4, 'probe.changed'],
      [5, 'probe.changed'],
      [6, 'audit.exported'],
    ]);
    expect(events[0]).toMatchObject({
      chainId: org,
      organisationId: org,
      summary: 'Change 1',
      changes: { i: 1 },
      prevHash: '0'.repeat(64),
    });
    expect(events[5].actor).toMatchObject({ type: 'SYSTEM', label: expect.stringMatching(/^audit:export command \(/) });
  });

  it('exits 0 for a chain that holds, and 1 — naming the event — once it is tampered with', async () => {
    const valid = await run('audit-verify', ['--organisation', org, '--expected-head', await head()]);
    expect(valid).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^chain ${org}: valid — 6 checked \\(events 1–6\\)`)),
    });

    await withoutTriggers(db, () =>
      db.query(`UPDATE audit_event SET summary = 'Change two' WHERE chain_id = $1 AND seq = 2`, [org]),
    );
    const broken = await run('audit-verify', ['--organisation', org, '--json']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ chainId: org, valid: false, checked: 1, firstBrokenSeq: 2 });
  });

  it('still takes --workers from scripts written for worker threads, and answers as without it', async () => {
    const plain = await run('audit-verify', ['--organisation', org, '--json']);
    const withWorkers = await run('audit-verify', ['--organisation', org, '--workers', '4', '--json']);
    expect(withWorkers).toMatchObject({ code: plain.code, stdout: plain.stdout });
    expect(JSON.parse(withWorkers.stdout)).toMatchObject({ chainId: org, checked: expect.any(Number) });
    expect(await run('audit-verify', ['--organisation', org, '--workers', '0'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--workers must be a whole number/),
    });
  });

  it('exits 1 when the expected head is not in the chain, and 2 for bad usage', async () => {
    const other = randomUUID();
    await t.app.get(UnitOfWork).run(async (tx) => {
      tx.record({
        action: 'probe.changed',
        organisationId: other,
        entityType: 'cli_probe',
        entityId: 'q',
        summary: 'Only change',
      });
    });
    expect(await run('audit-verify', ['--organisation', other, '--expected-head', 'a'.repeat(64)])).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/BROKEN at event 2 — The expected head hash is not in the chain/),
    });
    expect(await run('audit-verify', ['--organisation', 'nobody'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/must be an organisation id or "ics"/),
    });
    expect(await run('audit-verify', ['--bogus'])).toMatchObject({ code: 2 });
  });
});
