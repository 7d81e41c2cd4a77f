import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
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

/** A PgBouncer of the test's own in transaction mode in front of `target`'s server, or why there is none. */
export interface OwnPgBouncer {
  /** `target` with its host and port replaced by PgBouncer's. */
  url: string;
  stop(): Promise<void>;
}

export const PGBOUNCER = process.env.MUSTER_TEST_PGBOUNCER || '/usr/sbin/pgbouncer';

export function pgBouncerProblem(): string | null {
  return existsSync(PGBOUNCER) ? null : `no ${PGBOUNCER} (apt-get install pgbouncer, or set MUSTER_TEST_PGBOUNCER)`;
}

export async function startOwnPgBouncer(target: string): Promise<OwnPgBouncer> {
  const upstream = new URL(target);
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'muster-pgbouncer-'));
  const port = await freePort();
  // Node-postgres sends these at start-up; PgBouncer 1.18 refuses what it does not know unless ignored
  // (so they do not reach PostgreSQL: set statement_timeout on the role instead — README).
  const ignored = 'extra_float_digits,options,statement_timeout,idle_in_transaction_session_timeout';
  const ini = [
    '[databases]',
    `* = host=${upstream.hostname} port=${upstream.port || 5432} user=${decodeURIComponent(upstream.username || 'postgres')}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = any',
    'pool_mode = transaction',
    'max_client_conn = 500',
    'default_pool_size = 20',
    `ignore_startup_parameters = ${ignored}`,
    `logfile = ${join(dir, 'log')}`,
    `pidfile = ${join(dir, 'pid')}`,
  ].join('\n');
  await writeFile(join(dir, 'pgbouncer.ini'), `${ini}\n`);
  if (asRoot) {
    const [uid, gid] = await postgresIds();
    for (const path of [dir, join(dir, 'pgbouncer.ini')]) await chown(path, uid, gid);
  }
  const args = asRoot ? ['-u', 'postgres', '--', PGBOUNCER, join(dir, 'pgbouncer.ini')] : [join(dir, 'pgbouncer.ini')];
  const child = spawn(asRoot ? 'runuser' : PGBOUNCER, args, { stdio: 'ignore' });
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  // Up when it accepts a connection.
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: url.toString(),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Through runuser, the child is runuser: signal PgBouncer itself, by its pid file.
      const pid = await readFile(join(dir, 'pid'), 'utf8').catch(() => '');
      if (pid.trim()) process.kill(Number(pid.trim()), 'SIGTERM');
      else child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
