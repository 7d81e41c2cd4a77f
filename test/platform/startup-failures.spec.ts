import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { workerDatabaseUrl } from '@muster/testing';

const root = join(__dirname, '../..');

/** Starts the real server entry point with the given environment; returns how it ended. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['tools/scripts/run-ts.js', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 45_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe('a bad configuration stops the process with one clear line', () => {
  it.each([
    [{ DATABASE_URL: 'definitely-not-a-url' }, /^Configuration error: DATABASE_URL is invalid/],
    [
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/muster' },
      /^Configuration error: DATABASE_URL points at a database that cannot be reached \(127\.0\.0\.1:1\/muster: ECONNREFUSED\)$/,
    ],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' },
      /^Configuration error: JWT_SECRET is required in production$/,
    ],
    [{ PORT: '99999' }, /^Configuration error: PORT is invalid/],
  ])('%j', (env, message) => {
    const { status, stderr } = start(env);
    expect(status).not.toBe(0);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('REDIS_URL pointing at nothing', () => {
  // The worker's own database (already migrated): only Redis stands in the way.
  const production = () => ({
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('base64'),
    DATABASE_URL: workerDatabaseUrl(),
    DB_PREPARED_STATEMENTS: process.env.DB_PREPARED_STATEMENTS ?? 'true',
    PORT: '0',
    REDIS_URL: 'redis://:never-printed@127.0.0.1:1',
    REDIS_CONNECT_TIMEOUT_MS: '300',
  });

  it('stops production with one line naming the address, never the password', () => {
    const { status, stderr } = start(production());
    expect(status).not.toBe(0);
    expect(stderr).toBe(
      'Configuration error: REDIS_URL points at a Redis that cannot be reached (127.0.0.1:1: ECONNREFUSED); production does not start without it',
    );
  });
});
