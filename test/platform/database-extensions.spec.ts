import pino from 'pino';
import { startTestApp, TestApp } from '@muster/testing';

/**
 * The schema changes only through migrations, and they need no extension (uuid keys
 * default to the built-in gen_random_uuid()). So starting the app installs none — TypeORM
 * would otherwise add uuid-ossp for the uuid primary keys of its entities wherever it may,
 * and where it may not (the embedded database, a least-privileged role) warn about it on
 * every start.
 */
describe('connecting the app to its database', () => {
  let t: TestApp;
  const logs: { level: number; msg: string }[] = [];

  beforeAll(async () => {
    const logger = pino(
      { level: 'warn' },
      { write: (line: string) => void logs.push(JSON.parse(line) as { level: number; msg: string }) },
    );
    t = await startTestApp({ logger });
  });
  afterAll(() => t?.close());

  it('installs no extension and warns about none', async () => {
    const extensions: { name: string }[] = await t.dataSource.query(
      `SELECT extname AS name FROM pg_extension ORDER BY 1`,
    );
    expect(extensions.map((e) => e.name)).toEqual(['plpgsql']);
    expect(logs).toEqual([]);
  });
});
