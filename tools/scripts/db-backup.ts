import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ConfigError, loadConfig } from '@muster/platform-config';
import { runPostgresTool } from './backup/run-tool';

const USAGE = `Backs up the database to a file.

  npm run db:backup -- <file>

With DATABASE_URL: PostgreSQL's own pg_dump in its custom format (pg_dump -Fc: compressed,
restored with pg_restore; roles are not in it — they belong to the server). Without it: the
embedded database's own dump of its data folder (MUSTER_DATA_DIR; stop the server first).
Restore with npm run db:restore, then verify the audit chains (README, "Backup and restore").`;

async function main(): Promise<number> {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length || file.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const target = resolve(file);
  if (existsSync(target))
    throw new Error(`${target} exists already: choose a new file (a backup is never overwritten)`);
  const config = loadConfig();
  if (config.database.url) {
    const code = await runPostgresTool('pg_dump', ['--format=custom', '--file', target], config.database.url);
    if (code === 0) process.stdout.write(`Backed up to ${target} (pg_dump custom format)\n`);
    return code;
  }
  const dataDir = config.database.dataDir;
  if (dataDir.startsWith('memory://'))
    throw new Error('MUSTER_DATA_DIR is memory://: there is nothing on disk to back up');
  if (!existsSync(resolve(dataDir))) throw new Error(`No embedded database in ${resolve(dataDir)}`);
  const db = await PGlite.create({ dataDir: resolve(dataDir) });
  try {
    const dump = await db.dumpDataDir('gzip');
    writeFileSync(target, Buffer.from(await dump.arrayBuffer()), { flag: 'wx' });
  } finally {
    await db.close();
  }
  process.stdout.write(`Backed up the embedded database to ${target} (PGlite data folder, gzip)\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
    process.exit(1);
  },
);
