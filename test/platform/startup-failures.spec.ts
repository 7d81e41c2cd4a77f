import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

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
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/muster' }, /^Configuration error: DATABASE_URL points at a database that cannot be reached \(127\.0\.0\.1:1\/muster: ECONNREFUSED\)$/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' }, /^Configuration error: JWT_SECRET is required in production$/],
    [{ PORT: '99999' }, /^Configuration error: PORT is invalid/],
  ])('%j', (env, message) => {
    const { status, stderr } = start(env);
    expect(status).not.toBe(0);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
