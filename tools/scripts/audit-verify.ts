import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  AuditCheckpoint,
  ChainVerification,
  checkCheckpointSignature,
  CheckpointFormatError,
  CheckpointMark,
  ed25519PublicKey,
  eventHashModeOf,
  ICS_CHAIN,
  parseCheckpoint,
  verifyAuditChain,
} from '@muster/platform-audit';
import { AppConfig, ConfigError, loadConfig } from '@muster/platform-config';
import { openDatabase } from '@muster/platform-database';

const USAGE = `Verifies audit hash chains: sequence, links, hashes and head.

  npm run audit:verify -- --organisation <organisation id | ics> [--from <ISO time>] [--to <ISO time>]
                          [--expected-head <hash>] [--workers <n>] [--json]
  npm run audit:verify -- --all [--workers <n>] [--json]
  npm run audit:verify -- --checkpoint <file> (--all | --organisation <id | ics>)
                          [--public-key <Ed25519 public key, PEM>] [--accept-unsigned] [--workers <n>] [--json]

--expected-head  a head hash kept outside the database earlier (from a previous run or
                 export): the chain must still contain it, or its tail was cut.
--checkpoint     a checkpoint written by audit:checkpoint: every chain it names must
                 exist, reach its sequence and have its hash there (chains created since
                 are verified as usual). Not with --from or --to. Its signature is checked
                 first: HMAC with AUDIT_HMAC_KEY, Ed25519 with --public-key (or
                 AUDIT_CHECKPOINT_PUBLIC_KEY_FILE); an unsigned one only with --accept-unsigned.
--workers        accepted for scripts written for earlier versions, and checked (1 to 64);
                 verification runs on one thread, which was faster than worker threads
                 where it was measured (tools/bench/README.md).
Reads DATABASE_URL and AUDIT_HMAC_KEY (the embedded database must not be in use by a
running server). Exit code: 0 every chain holds, 1 a chain is broken or the checkpoint's
signature does not match its content, 2 bad usage (a checkpoint this run cannot judge:
unreadable, another key, no key, unsigned, hashed in another mode).`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH = /^[0-9a-f]{64}$/;

class UsageError extends Error {}

const OPTIONS = {
  organisation: { type: 'string' },
  all: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  'expected-head': { type: 'string' },
  workers: { type: 'string' },
  checkpoint: { type: 'string' },
  'public-key': { type: 'string' },
  'accept-unsigned': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
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
  const organisation = values.organisation?.toLowerCase();
  if (Boolean(organisation) === values.all) throw new UsageError('Give --organisation <id|ics> or --all.');
  if (organisation && organisation !== ICS_CHAIN && !UUID.test(organisation))
    throw new UsageError('--organisation must be an organisation id or "ics".');
  const expectedHead = values['expected-head']?.toLowerCase();
  if (expectedHead && !HASH.test(expectedHead)) throw new UsageError('--expected-head must be 64 hex digits.');
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new UsageError('--workers must be a whole number from 1 to 64.');
  if (values.checkpoint && (values.from || values.to))
    throw new UsageError('--checkpoint checks whole chains: give no --from or --to.');
  return {
    organisation,
    all: values.all,
    from: instant(values.from, '--from'),
    to: instant(values.to, '--to'),
    expectedHead,
    json: values.json,
    checkpoint: values.checkpoint,
    publicKey: values['public-key'],
    acceptUnsigned: values['accept-unsigned'],
  };
}

type Options = ReturnType<typeof options>;

/** A checkpoint's chains when its signature holds; exits 1 when it was changed after signing, 2 when it cannot be judged. */
function trustedCheckpoint(opts: Options, config: AppConfig): Map<string, CheckpointMark> | null {
  if (!opts.checkpoint) return null;
  let checkpoint: AuditCheckpoint;
  try {
    checkpoint = parseCheckpoint(readFileSync(opts.checkpoint, 'utf8'));
  } catch (error) {
    const problem =
      error instanceof CheckpointFormatError ? error.message : `Cannot read it: ${(error as Error).message}`;
    throw new UsageError(`--checkpoint ${opts.checkpoint}: ${problem}`);
  }
  // Events hashed in another mode would all fail: a wrong AUDIT_HMAC_KEY setting, not a broken chain.
  if (checkpoint.eventHash !== eventHashModeOf(config.audit.hmacKey)) {
    throw new UsageError(
      `--checkpoint ${opts.checkpoint}: its events are hashed with ${checkpoint.eventHash}, but AUDIT_HMAC_KEY is ${config.audit.hmacKey ? 'set' : 'not set'}.`,
    );
  }
  const check = checkCheckpointSignature(checkpoint, {
    hmacKey: config.audit.hmacKey,
    publicKey: publicKeyOf(opts, config),
    acceptUnsigned: opts.acceptUnsigned,
  });
  if (!check.ok && check.kind === 'unusable') throw new UsageError(`--checkpoint ${opts.checkpoint}: ${check.reason}.`);
  if (!check.ok) {
    process.stderr.write(`checkpoint ${opts.checkpoint}: BROKEN — ${check.reason}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `checkpoint ${opts.checkpoint}: taken ${checkpoint.createdAt}, ${checkpoint.chains.length} chains, signed by ${check.signedBy}\n`,
  );
  return new Map(checkpoint.chains.map((c) => [c.chainId, { seq: c.seq, headHash: c.headHash }]));
}

function publicKeyOf(opts: Options, config: AppConfig) {
  const file = opts.publicKey ?? config.auditCheckpoint.publicKeyFile;
  if (!file) return undefined;
  try {
    return ed25519PublicKey(readFileSync(file));
  } catch (error) {
    throw new UsageError(`Cannot use the public key ${file}: ${(error as Error).message}`);
  }
}

/** The chains to verify: the one asked for, or every chain the database holds and every chain the checkpoint names. */
async function chainsToVerify(
  client: Client,
  opts: Options,
  checkpoint: Map<string, CheckpointMark> | null,
): Promise<string[]> {
  if (!opts.all) {
    const chainId = opts.organisation as string;
    if (checkpoint && !checkpoint.has(chainId))
      process.stderr.write(
        `chain ${chainId} is not in the checkpoint (created since, or had no events): verified without it\n`,
      );
    return [chainId];
  }
  const held = (await client.query<{ chain_id: string }>(`SELECT chain_id FROM audit_chain`)).rows.map(
    (r) => r.chain_id,
  );
  return [...new Set([...held, ...(checkpoint?.keys() ?? [])])].sort();
}

function instant(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`${name} must be an ISO-8601 time, e.g. 2026-11-28T09:00:00Z.`);
  return date;
}

function describe(r: ChainVerification, seconds: number): string {
  const range = r.fromSeq === null ? 'no events in range' : `events ${r.fromSeq}–${r.toSeq}`;
  const rate = seconds > 0 ? `, ${Math.round(r.checked / seconds).toLocaleString('en-GB')}/s` : '';
  return r.valid
    ? `chain ${r.chainId}: valid — ${r.checked.toLocaleString('en-GB')} checked (${range}) in ${seconds.toFixed(2)} s${rate}; head ${r.headHash ?? '-'}`
    : `chain ${r.chainId}: BROKEN at event ${r.firstBrokenSeq} — ${r.reason} (${r.checked.toLocaleString('en-GB')} verified before it)`;
}

async function main(): Promise<number> {
  const opts = options();
  const config = loadConfig();
  const checkpoint = trustedCheckpoint(opts, config);
  const database = await openDatabase(config);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const chains = await chainsToVerify(client, opts, checkpoint);
    let broken = 0;
    for (const chainId of chains) {
      const started = process.hrtime.bigint();
      const result = await verifyAuditChain(client, {
        chainId,
        from: opts.from,
        to: opts.to,
        expectedHeadHash: opts.expectedHead,
        checkpoint: checkpoint?.get(chainId) ?? null,
        hmacKey: config.audit.hmacKey,
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stdout.write(`${opts.json ? JSON.stringify(result) : describe(result, seconds)}\n`);
      if (!result.valid) broken += 1;
    }
    return broken ? 1 : 0;
  } finally {
    await client.end();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
    process.exit(2);
  },
);
