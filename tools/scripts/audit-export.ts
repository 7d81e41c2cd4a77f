import 'reflect-metadata';
import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditAppender, AuditFilter, exportAuditTrail, ICS_CHAIN } from '@muster/platform-audit';
import { exportedEvent } from '@muster/platform-audit-api';
import { ConfigError, loadConfig } from '@muster/platform-config';
import { SystemClock } from '@muster/platform-core';
import { openDatabase, configForDatabase, UnitOfWork } from '@muster/platform-database';

const USAGE = `Writes the audit trail as NDJSON (one event per line, oldest first) to standard output.

  npm run audit:export -- [--organisation <organisation id | ics>] [--from <ISO time>] [--to <ISO time>]
                          [--entity-type <type>] [--entity-id <id>] [--action <action>] > trail.ndjson

Without --organisation: every chain. The export is itself audited (audit.exported, by
this command and the operating-system user). Reads DATABASE_URL (the embedded database
must not be in use by a running server).`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OPTIONS = {
  organisation: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'entity-type': { type: 'string' },
  'entity-id': { type: 'string' },
  action: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

class UsageError extends Error {}

function filterOf(): AuditFilter {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    values = parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  const organisation = values.organisation?.toLowerCase();
  if (organisation && organisation !== ICS_CHAIN && !UUID.test(organisation))
    throw new UsageError('--organisation must be an organisation id or "ics".');
  return {
    // A whole chain: the ICS chain has no organisation to filter by.
    chainId: organisation,
    from: instant(values.from, '--from'),
    to: instant(values.to, '--to'),
    entityType: values['entity-type'],
    entityId: values['entity-id'],
    action: values.action,
  };
}

function instant(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`${name} must be an ISO-8601 time, e.g. 2026-11-28T09:00:00Z.`);
  return date;
}

/** stdout with backpressure: waits for 'drain' when the pipe is full. */
async function toStdout(lines: string): Promise<void> {
  if (!process.stdout.write(lines)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function recordExport(url: string, filter: AuditFilter, config: ReturnType<typeof loadConfig>): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, logging: false });
  await dataSource.initialize();
  try {
    const uow = new UnitOfWork(dataSource, new AuditAppender(config), new SystemClock());
    const label = `audit:export command (${userInfo().username}@${hostname()})`;
    const owner = filter.chainId && filter.chainId !== ICS_CHAIN ? filter.chainId : null;
    await uow.run(async (tx) => tx.record(exportedEvent(owner, filter)), {
      actor: { type: 'SYSTEM', id: null, label },
    });
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const filter = filterOf();
  const loaded = loadConfig();
  const database = await openDatabase(loaded);
  const config = configForDatabase(loaded, database.embedded);
  try {
    await recordExport(database.url, filter, config);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const count = await exportAuditTrail(
        (sql, params) => client.query<Record<string, unknown>>(sql, params).then((r) => r.rows),
        filter,
        { all: true },
        toStdout,
      );
      process.stderr.write(`Exported ${count} audit events.\n`);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
