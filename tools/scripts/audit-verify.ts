import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { ChainVerification, ICS_CHAIN, verifyAuditChainInParallel } from '@muster/platform-audit';
import { ConfigError, loadConfig } from '@muster/platform-config';
import { openDatabase } from '@muster/platform-database';

const USAGE = `Verifies audit hash chains: sequence, links, hashes and head.

  npm run audit:verify -- --organisation <organisation id | ics> [--from <ISO time>] [--to <ISO time>]
                          [--expected-head <hash>] [--workers <n>] [--json]
  npm run audit:verify -- --all [--workers <n>] [--json]

--expected-head  a head hash kept outside the database earlier (from a previous run or
                 export): the chain must still contain it, or its tail was cut.
--workers        threads that verify segments of a long chain side by side (default: one
                 per CPU, at most 4; chains under 100,000 events use one).
Reads DATABASE_URL and AUDIT_HMAC_KEY (the embedded database must not be in use by a
running server). Exit code: 0 every chain holds, 1 a chain is broken, 2 bad usage.`;

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
  if (organisation && organisation !== ICS_CHAIN && !UUID.test(organisation)) throw new UsageError('--organisation must be an organisation id or "ics".');
  const expectedHead = values['expected-head']?.toLowerCase();
  if (expectedHead && !HASH.test(expectedHead)) throw new UsageError('--expected-head must be 64 hex digits.');
  const workers = values.workers === undefined ? Math.min(4, cpus().length) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError('--workers must be a whole number from 1 to 64.');
  return { organisation, all: values.all, from: instant(values.from, '--from'), to: instant(values.to, '--to'), expectedHead, workers, json: values.json };
}

function instant(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${name} must be an ISO-8601 time, e.g. 2026-11-28T09:00:00Z.`);
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
  const database = await openDatabase(config);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const chains = opts.all
      ? (await client.query<{ chain_id: string }>(`SELECT chain_id FROM audit_chain ORDER BY chain_id`)).rows.map((r) => r.chain_id)
      : [opts.organisation as string];
    let broken = 0;
    for (const chainId of chains) {
      const started = process.hrtime.bigint();
      const result = await verifyAuditChainInParallel(database.url, {
        chainId, from: opts.from, to: opts.to, expectedHeadHash: opts.expectedHead, hmacKey: config.audit.hmacKey, workers: opts.workers,
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
