import 'reflect-metadata';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  AuditAppender,
  AuditCheckpoint,
  ChainHeadRow,
  checkpointDigest,
  checkpointTakenEvent,
  CheckpointSigner,
  ed25519PrivateKey,
  eventHashModeOf,
  readCheckpointBody,
  signCheckpoint,
} from '@muster/platform-audit';
import { AppConfig, ConfigError, loadConfig } from '@muster/platform-config';
import { SystemClock } from '@muster/platform-core';
import { configForDatabase, openDatabase, UnitOfWork } from '@muster/platform-database';

const USAGE = `Takes a signed checkpoint of every audit chain (its sequence and head hash), to be
kept outside the database; audit:verify --checkpoint later proves no chain lost its tail
or vanished since.

  npm run audit:checkpoint -- [--out <file>] [--signing-key <Ed25519 private key, PEM>] [--unsigned]

Signed with the Ed25519 key of --signing-key (or AUDIT_CHECKPOINT_SIGNING_KEY_FILE) when
given, else with HMAC-SHA-256 under AUDIT_HMAC_KEY. Without either it refuses, unless
--unsigned: an unsigned checkpoint can be rewritten by whoever reaches where it is kept,
so it is worth only as much as that storage (write-once object storage, say).
--out      write to this file, which must not exist yet (default: standard output).
The checkpoint is recorded in the trail (audit.checkpoint_taken, with its digest).
Reads DATABASE_URL (the embedded database must not be in use by a running server).
Exit code: 0 written, 1 failed (nothing written), 2 bad usage or no key.`;

class UsageError extends Error {}

const OPTIONS = {
  out: { type: 'string' },
  'signing-key': { type: 'string' },
  unsigned: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

function options() {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    values = parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  return { out: values.out, signingKey: values['signing-key'], unsigned: values.unsigned };
}

/** The signer: an explicit Ed25519 key first, then the HMAC key; none only when asked. */
function signerOf(config: AppConfig, opts: ReturnType<typeof options>): CheckpointSigner | null {
  if (opts.unsigned) return null;
  const keyFile = opts.signingKey ?? config.auditCheckpoint.signingKeyFile;
  if (keyFile) {
    try {
      return { algorithm: 'ed25519', privateKey: ed25519PrivateKey(readFileSync(keyFile)) };
    } catch (error) {
      throw new UsageError(`Cannot use the signing key ${keyFile}: ${(error as Error).message}`);
    }
  }
  if (config.audit.hmacKey) return { algorithm: 'hmac-sha256', key: config.audit.hmacKey };
  throw new UsageError(
    'No key to sign the checkpoint with: set AUDIT_HMAC_KEY or give an Ed25519 key (--signing-key, AUDIT_CHECKPOINT_SIGNING_KEY_FILE). ' +
      'An unsigned checkpoint can be rewritten along with the database it is meant to check; pass --unsigned only if it is kept where nobody can change it.',
  );
}

/** Opens the output file first, exclusively: a checkpoint never overwrites another, and a bad path fails before anything is recorded. */
function openOutput(path: string | undefined): number | null {
  if (!path) return null;
  try {
    return openSync(path, 'wx');
  } catch (error) {
    throw new UsageError(
      `Cannot create ${path}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it exists (checkpoints are never overwritten)' : (error as Error).message}`,
    );
  }
}

async function recordCheckpoint(url: string, checkpoint: AuditCheckpoint, config: AppConfig): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, logging: false });
  await dataSource.initialize();
  try {
    const uow = new UnitOfWork(dataSource, new AuditAppender(config), new SystemClock());
    const label = `audit:checkpoint command (${userInfo().username}@${hostname()})`;
    await uow.run(async (tx) => tx.record(checkpointTakenEvent(checkpoint)), {
      actor: { type: 'SYSTEM', id: null, label },
    });
  } finally {
    await dataSource.destroy();
  }
}

async function takeCheckpoint(
  url: string,
  config: AppConfig,
  signer: CheckpointSigner | null,
): Promise<AuditCheckpoint> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const body = await readCheckpointBody(
      (sql) => client.query<ChainHeadRow>(sql).then((r) => r.rows),
      new SystemClock().now(),
      eventHashModeOf(config.audit.hmacKey),
    );
    return signCheckpoint(body, signer);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const opts = options();
  const loaded = loadConfig();
  const signer = signerOf(loaded, opts);
  const fd = openOutput(opts.out);
  let written = false;
  try {
    const database = await openDatabase(loaded);
    const config = configForDatabase(loaded, database.embedded);
    try {
      // Read and sign, then record (the event names the checkpoint's digest), then write:
      // a checkpoint that could not be recorded is not handed out.
      const checkpoint = await takeCheckpoint(database.url, config, signer);
      await recordCheckpoint(database.url, checkpoint, config);
      const text = `${JSON.stringify(checkpoint, null, 2)}\n`;
      if (fd === null) process.stdout.write(text);
      else writeSync(fd, text);
      written = true;
      const signedBy = checkpoint.signature
        ? `signed with ${checkpoint.signature.algorithm} key ${checkpoint.signature.keyId}`
        : 'UNSIGNED';
      process.stderr.write(
        `Checkpoint of ${checkpoint.chains.length} chains, ${signedBy}; digest ${checkpointDigest(checkpoint)}.\n`,
      );
    } finally {
      await database.stop();
    }
  } catch (error) {
    if (fd !== null && opts.out && !written) unlinkSync(opts.out);
    throw error;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
