import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres, RunningDatabase } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';

/**
 * Two databases per jest worker, migrated once before any test runs, so test files never
 * share rows with another worker and never touch the demo data. `main` is where test files
 * build their own uniquely named data; `scratch` is for the one suite that needs a database
 * no other suite writes to (the demo seed, whose data is global: fixed ODS codes, the
 * system administrator):
 * - with DATABASE_URL (CI, real PostgreSQL 15): `muster_test_<run>_w<N>` databases cloned
 *   from a freshly migrated template on that server, dropped again at the end (a run id
 *   per jest process, so two runs on one machine never share or drop each other's);
 * - without it: one in-memory embedded PostgreSQL per worker.
 */
export type TestDatabaseKind = 'main' | 'scratch';
const KINDS: TestDatabaseKind[] = ['main', 'scratch'];

export const workerUrlVariable = (worker: number | string, kind: TestDatabaseKind = 'main') =>
  kind === 'main' ? `MUSTER_TEST_DATABASE_URL_${worker}` : `MUSTER_TEST_SCRATCH_DATABASE_URL_${worker}`;

export async function prepareTestDatabases(workers: number): Promise<RunningDatabase[]> {
  const base = process.env.DATABASE_URL;
  return base ? prepareOnServer(base, workers) : prepareEmbedded(workers);
}

async function prepareOnServer(base: string, workers: number): Promise<RunningDatabase[]> {
  const run = `muster_test_${process.pid}`;
  const template = `${run}_template`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await recreate(admin, template);
    await runMigrations(withDatabase(base, template), MIGRATIONS);
    const running: RunningDatabase[] = [];
    for (let n = 1; n <= workers; n++) {
      for (const kind of KINDS) {
        const name = kind === 'main' ? `${run}_w${n}` : `${run}_w${n}_${kind}`;
        await recreate(admin, name, template);
        process.env[workerUrlVariable(n, kind)] = withDatabase(base, name);
        running.push({ url: withDatabase(base, name), embedded: false, stop: () => dropDatabase(base, name) });
      }
    }
    running.push({ url: withDatabase(base, template), embedded: false, stop: () => dropDatabase(base, template) });
    return running;
  } finally {
    await admin.end();
  }
}

async function dropDatabase(base: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function prepareEmbedded(workers: number): Promise<RunningDatabase[]> {
  process.env.MUSTER_TEST_EMBEDDED = '1';
  // Every process of the suite (commands it spawns included) talks to PGlite: one shared session.
  process.env.DB_PREPARED_STATEMENTS = 'false';
  const slots = Array.from({ length: workers }, (_, i) => KINDS.map((kind) => ({ worker: i + 1, kind }))).flat();
  return Promise.all(
    slots.map(async ({ worker, kind }) => {
      const db = await startEmbeddedPostgres('memory://');
      await runMigrations(db.url, MIGRATIONS);
      process.env[workerUrlVariable(worker, kind)] = db.url;
      return db;
    }),
  );
}

async function recreate(admin: Client, name: string, template?: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
