import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres, RunningDatabase } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';

/**
 * One database per jest worker, migrated once before any test runs, so test files never
 * share rows with another worker and never touch the demo data:
 * - with DATABASE_URL (CI, real PostgreSQL 15): `muster_test_<run>_w<N>` databases cloned
 *   from a freshly migrated template on that server, dropped again at the end (a run id
 *   per jest process, so two runs on one machine never share or drop each other's);
 * - without it: one in-memory embedded PostgreSQL per worker.
 */
export const workerUrlVariable = (worker: number | string) => `MUSTER_TEST_DATABASE_URL_${worker}`;

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
      const name = `${run}_w${n}`;
      await recreate(admin, name, template);
      process.env[workerUrlVariable(n)] = withDatabase(base, name);
      running.push({ url: withDatabase(base, name), embedded: false, stop: () => dropDatabase(base, name) });
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
  const running = await Promise.all(
    Array.from({ length: workers }, async (_, i) => {
      const db = await startEmbeddedPostgres('memory://');
      await runMigrations(db.url, MIGRATIONS);
      process.env[workerUrlVariable(i + 1)] = db.url;
      return db;
    }),
  );
  return running;
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
