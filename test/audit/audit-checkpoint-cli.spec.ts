import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from '@jest/globals';
import { Client } from 'pg';
import { startTestApp, TEST_AUDIT_KEY, TestApp, withoutTriggers } from '@muster/testing';
import { exportedEvents, record } from './audit-api.operations';
import { checkpointSignatureHolds, jcs, verifyNdjsonExport } from './independent-verifier';

const ROOT = resolve(__dirname, '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface Checkpoint {
  format: string;
  createdAt: string;
  eventHash: string;
  chains: { chainId: string; seq: number; headHash: string }[];
  signature: { algorithm: string; keyId: string; value: string } | null;
}

/**
 * `npm run audit:checkpoint` and `audit:verify --checkpoint`: the two tamperings that
 * `audit:verify --all` alone lets through (a tail cut with its head rewound, a chain
 * erased with its head row) fail against a signed checkpoint taken before them.
 */
// Each test starts up to five CLI processes, each compiling its TypeScript on start: on a
// busy 2-core machine that alone can pass the default minute.
jest.setTimeout(180_000);

describe('audit:checkpoint and audit:verify --checkpoint', () => {
  let t: TestApp;
  let db: Client;
  let dir: string;

  // Asynchronous on purpose: the embedded test database is served by this very process.
  const run = (script: string, args: string[], env: Record<string, string> = {}): Promise<Run> =>
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
            ...env,
          },
        },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  const file = (name: string) => join(dir, name);
  const read = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as Checkpoint;
  const verdicts = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as { chainId: string; valid: boolean; firstBrokenSeq: number | null; reason: string | null },
      );

  /** A fresh organisation chain of `length` events. */
  async function chainOf(length: number): Promise<string> {
    const org = randomUUID();
    await record(
      t,
      Array.from({ length }, (_, i) => ({ organisationId: org, entityId: `e${i + 1}` })),
    );
    return org;
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    dir = mkdtempSync(join(tmpdir(), 'muster-checkpoints-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.end();
    await t?.close();
  });

  it('writes an HMAC-signed checkpoint of every chain, recorded in the ICS chain, that an untouched chain passes', async () => {
    const org = await chainOf(5);
    await record(t, [{ organisationId: null, entityId: 'an ICS-wide change' }]);
    const taken = await run('audit-checkpoint', ['--out', file('hmac.json')]);
    expect(taken).toMatchObject({
      code: 0,
      stdout: '',
      stderr: expect.stringMatching(
        /^Checkpoint of \d+ chains, signed with hmac-sha256 key [0-9a-f]{16}; digest [0-9a-f]{64}\.\n$/,
      ),
    });
    const checkpoint = read('hmac.json');
    const heads = (
      await db.query<{ chainId: string; seq: number; headHash: string }>(
        `SELECT chain_id AS "chainId", last_seq::int AS seq, last_hash AS "headHash" FROM audit_chain WHERE chain_id = ANY($1)`,
        [[org, 'ics']],
      )
    ).rows;
    expect(checkpoint).toMatchObject({
      format: 'muster-audit-checkpoint/1',
      eventHash: 'hmac-sha256',
      signature: { algorithm: 'hmac-sha256' },
    });
    expect(checkpoint.chains).toContainEqual(heads.find((h) => h.chainId === org));
    expect(checkpoint.chains.map((c) => c.chainId)).toEqual(checkpoint.chains.map((c) => c.chainId).sort());
    // Checked as docs/audit-trail.md says, by the auditor's own code.
    expect(
      checkpointSignatureHolds(checkpoint as unknown as Record<string, unknown>, { hmacKey: TEST_AUDIT_KEY }),
    ).toBe(true);
    // Recorded after the heads were read: the ICS chain is one event past its checkpointed head.
    const ics = checkpoint.chains.find((c) => c.chainId === 'ics') as Checkpoint['chains'][number];
    const [event] = (
      await db.query<{ seq: number; action: string; changes: unknown }>(
        `SELECT seq::int AS seq, action, changes FROM audit_event WHERE chain_id = 'ics' AND seq = $1`,
        [ics.seq + 1],
      )
    ).rows;
    expect(event).toMatchObject({
      action: 'audit.checkpoint_taken',
      changes: { digest: createHash('sha256').update(jcs(checkpoint)).digest('hex'), chains: checkpoint.chains.length },
    });

    // Independent runs side by side (each spawn is mostly start-up): the export, the verification and the refused overwrite.
    const [exported, verified, overwrite] = await Promise.all([
      run('audit-export', ['--organisation', 'ics']),
      run('audit-verify', ['--organisation', org, '--checkpoint', file('hmac.json')]),
      run('audit-checkpoint', ['--out', file('hmac.json')]),
    ]);
    // An auditor holds the ICS chain's export to the checkpoint with their own tool.
    const report = verifyNdjsonExport(exported.stdout, TEST_AUDIT_KEY);
    expect(report.problems).toEqual([]);
    const lines = exportedEvents(exported.stdout);
    expect(lines.find((e) => e.seq === ics.seq)?.hash).toBe(ics.headHash);

    expect(verified).toMatchObject({ code: 0, stdout: expect.stringMatching(/: valid — 5 checked/) });
    expect(overwrite).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/it exists \(checkpoints are never overwritten\)/),
    });
  });

  it('fails a tail cut with its head rewound, and a chain erased with its head row, which --all alone passes', async () => {
    const [cut, erased, intact] = [await chainOf(6), await chainOf(3), await chainOf(2)];
    expect((await run('audit-checkpoint', ['--out', file('before.json')])).code).toBe(0);
    await withoutTriggers(db, async () => {
      await db.query(`DELETE FROM audit_event WHERE chain_id = $1 AND seq > 4`, [cut]);
      await db.query(
        `UPDATE audit_chain SET last_seq = 4, last_hash = (SELECT hash FROM audit_event WHERE chain_id = $1 AND seq = 4) WHERE chain_id = $1`,
        [cut],
      );
      await db.query(`DELETE FROM audit_event WHERE chain_id = $1`, [erased]);
      await db.query(`DELETE FROM audit_chain WHERE chain_id = $1`, [erased]);
    });
    const mine = (r: Run) => verdicts(r.stdout).filter((v) => [cut, erased, intact].includes(v.chainId));

    // Other suites of this worker may have left broken chains: judge only these three.
    const [alone, against] = await Promise.all([
      run('audit-verify', ['--all', '--json']),
      run('audit-verify', ['--all', '--json', '--checkpoint', file('before.json')]),
    ]);
    expect(mine(alone).map((v) => [v.chainId, v.valid])).toEqual(
      expect.arrayContaining([
        [cut, true],
        [intact, true],
      ]),
    );
    expect(mine(alone).map((v) => v.chainId)).not.toContain(erased);

    expect(against.code).toBe(1);
    expect(against.stderr).toMatch(
      /^checkpoint .*before\.json: taken .+, \d+ chains, signed by hmac-sha256 key [0-9a-f]{16}\n$/,
    );
    expect(Object.fromEntries(mine(against).map((v) => [v.chainId, [v.valid, v.firstBrokenSeq, v.reason]]))).toEqual({
      [cut]: [
        false,
        5,
        'The chain ends at event 4 but the checkpoint recorded 6 events: events were removed from the tail and its head rewound',
      ],
      [erased]: [false, 1, 'The chain is missing but the checkpoint recorded 3 events: it was erased'],
      [intact]: [true, null, null],
    });
  });

  it('signs with an Ed25519 key kept outside the database, whose signature the public key alone checks', async () => {
    const org = await chainOf(2);
    const mine = generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    writeFileSync(file('signing.pem'), mine.privateKey);
    writeFileSync(file('public.pem'), mine.publicKey);
    // Named by the variable, the Ed25519 key signs in preference to AUDIT_HMAC_KEY.
    const taken = await run('audit-checkpoint', [], { AUDIT_CHECKPOINT_SIGNING_KEY_FILE: file('signing.pem') });
    expect(taken.code).toBe(0);
    writeFileSync(file('ed25519.json'), taken.stdout);
    const checkpoint = read('ed25519.json');
    expect(checkpoint.signature).toMatchObject({ algorithm: 'ed25519' });
    expect(
      checkpointSignatureHolds(checkpoint as unknown as Record<string, unknown>, { publicKeyPem: mine.publicKey }),
    ).toBe(true);

    const verify = (name: string, extra: string[] = []) =>
      run('audit-verify', ['--organisation', org, '--checkpoint', file(name), ...extra]);
    // Someone lowers a chain's sequence in the file to cover a cut: the signature no longer holds.
    const altered = { ...checkpoint, chains: checkpoint.chains.map((c) => (c.chainId === org ? { ...c, seq: 1 } : c)) };
    writeFileSync(file('altered.json'), JSON.stringify(altered));
    const [withKey, withoutKey, alteredWithKey] = await Promise.all([
      verify('ed25519.json', ['--public-key', file('public.pem')]),
      verify('ed25519.json'),
      verify('altered.json', ['--public-key', file('public.pem')]),
    ]);
    expect(withKey).toMatchObject({ code: 0 });
    expect(withoutKey).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/signed with ed25519: checking it needs the Ed25519 public key/),
    });

    expect(alteredWithKey).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/BROKEN — The checkpoint's signature does not match its content/),
    });
  });

  it('refuses an unsigned checkpoint unless asked for one, and accepts one only when told to', async () => {
    const org = await chainOf(1);
    const [none, unsigned] = await Promise.all([
      run('audit-checkpoint', ['--out', file('none.json')], { AUDIT_HMAC_KEY: '' }),
      run('audit-checkpoint', ['--out', file('unsigned.json'), '--unsigned']),
    ]);
    expect(none).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^No key to sign the checkpoint with/),
    });
    expect(() => readFileSync(file('none.json'))).toThrow();
    expect(unsigned.code).toBe(0);
    expect(read('unsigned.json').signature).toBeNull();
    const verify = (extra: string[]) =>
      run('audit-verify', ['--organisation', org, '--checkpoint', file('unsigned.json'), ...extra]);
    // Bad usage: a file that is not a checkpoint.
    writeFileSync(file('garbage.json'), '{"format":"something else"}');
    const [refused, accepted, garbage] = await Promise.all([
      verify([]),
      verify(['--accept-unsigned']),
      run('audit-verify', ['--all', '--checkpoint', file('garbage.json')]),
    ]);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/The checkpoint is unsigned/) });
    expect(accepted).toMatchObject({ code: 0 });
    expect(garbage).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/is not a muster-audit-checkpoint\/1 file: format/),
    });
  });
});
