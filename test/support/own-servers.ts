import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_BIN = process.env.MUSTER_TEST_PG_BIN || '/usr/lib/postgresql/15/bin';

/** A free TCP port on the loopback (free when asked). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl in a temporary directory, its own
 * port), so it can be stopped and started without touching the server other suites share.
 * PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user.
 */
export interface OwnPostgres {
  url: string;
  /** `pg_ctl stop -m immediate`: no shutdown checkpoint, connections cut, as a crash would. */
  stopImmediately(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** Why an own PostgreSQL cannot be made on this machine, or null if it can. */
export function ownPostgresProblem(): string | null {
  return existsSync(join(PG_BIN, 'initdb')) ? null : `no ${PG_BIN}/initdb (set MUSTER_TEST_PG_BIN)`;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'muster-pg-'));
  if (asRoot) await chown(dir, ...(await postgresIds()));
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args]) : run(join(PG_BIN, tool), args);
  const data = join(dir, 'data');
  const port = await freePort();
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    pg('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']).then(() => undefined);
  await start();
  await run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'muster']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/muster`,
    stopImmediately: () => pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).then(() => undefined),
    start,
    async destroy() {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return [Number(uid.stdout.trim()), Number(gid.stdout.trim())];
}

/** A redis-server of the test's own on its own port, no persistence: stopped, it forgets everything. */
export interface OwnRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise<void>((resolve, reject) => {
      child?.once('error', reject);
      child?.stdout?.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('Ready to accept connections')) resolve();
      });
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    async stop() {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child?.kill('SIGKILL');
      await exited;
    },
  };
}
