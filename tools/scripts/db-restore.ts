import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { ConfigError, loadConfig } from '@muster/platform-config';
import { runPostgresTool } from './backup/run-tool';

const USAGE = `Restores a backup made by npm run db:backup into an EMPTY database.

  npm run db:restore -- <file>

With DATABASE_URL: pg_restore into that database, in one transaction (all or nothing); it
must hold no Muster tables (create a new one: createdb muster_restored). Without it: the
embedded database's dump into MUSTER_DATA_DIR, which must not exist or be empty.
Then verify before serving (README, "Backup and restore"):
  npm run audit:verify -- --all                      every chain holds
  npm run audit:verify -- --organisation <id|ics> --expected-head <hash>
                                                     and still reaches the heads kept elsewhere`;

async function main(): Promise<number> {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length || file.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const source = resolve(file);
  if (!existsSync(source)) throw new Error(`${source} does not exist`);
  const config = loadConfig();
  const url = config.database.url;
  if (url) {
    await refuseNonEmpty(url);
    const code = await runPostgresTool(
      'pg_restore',
      ['--exit-on-error', '--single-transaction', '--dbname', new URL(url).pathname.slice(1) || 'postgres', source],
      url,
    );
    if (code === 0) process.stdout.write(`Restored ${source} into ${new URL(url).pathname.slice(1)}\n`);
    return code;
  }
  const dataDir = resolve(config.database.dataDir);
  if (config.database.dataDir.startsWith('memory://'))
    throw new Error('MUSTER_DATA_DIR is memory://: set a folder to restore into');
  if (existsSync(dataDir) && readdirSync(dataDir).length)
    throw new Error(`${dataDir} is not empty: restore into a new folder (MUSTER_DATA_DIR) or move it away first`);
  const db = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(source)]) });
  await db.close();
  process.stdout.write(`Restored the embedded database into ${dataDir}\n`);
  return 0;
}

/** A restore goes into a new database: one that holds Muster's tables already is refused, untouched. */
async function refuseNonEmpty(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: number }>(
      `SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`,
    );
    if (rows[0].tables > 0)
      throw new Error(
        `The database ${new URL(url).pathname.slice(1)} holds ${rows[0].tables} tables: restore into a new, empty database`,
      );
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
    process.exit(1);
  },
);
