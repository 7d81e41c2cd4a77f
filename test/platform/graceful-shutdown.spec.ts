import { ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { expect } from '@jest/globals';
import { Client } from 'pg';
import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import {
  createOrganisation,
  createUser,
  startTestApp,
  TEST_AUDIT_KEY,
  TEST_JWT_SECRET,
  TestApp,
  TestOrg,
  TestUser,
  workerDatabaseUrl,
} from '@muster/testing';

const root = join(__dirname, '../..');
// One organisation by id: the list's first page need not hold it once this worker's database has many.
const ORGANISATION = (id: string) => `{ organisation(id: "${id}") { id } }`;

interface LogLine {
  level?: number;
  msg?: string;
  [key: string]: unknown;
}

/** The real server entry point as a process, with its log lines as they come. */
class ServerProcess {
  readonly logs: LogLine[] = [];
  port = 0;
  private readonly waiters: { test: (line: LogLine) => boolean; resolve: () => void }[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(private readonly child: ChildProcessByStdio<null, Readable, Readable>) {
    this.exited = once(child, 'exit').then((args) => {
      const [code, signal] = args as [number | null, NodeJS.Signals | null];
      return { code, signal };
    });
    createInterface({ input: child.stdout }).on('line', (text) => this.read(text));
    child.stderr.on('data', (chunk) => this.read(String(chunk)));
  }

  static async start(graceMs: number): Promise<ServerProcess> {
    const embedded = process.env.MUSTER_TEST_EMBEDDED === '1';
    const child = spawn(process.execPath, ['tools/scripts/run-ts.js', 'apps/api/src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        MUSTER_DEMO: 'false',
        LOG_LEVEL: 'info',
        PORT: '0',
        DATABASE_URL: workerDatabaseUrl(),
        JWT_SECRET: TEST_JWT_SECRET,
        AUDIT_HMAC_KEY: TEST_AUDIT_KEY,
        SHUTDOWN_GRACE_MS: String(graceMs),
        // The embedded database behind its socket: one connection, no prepared statements.
        ...(embedded ? { DB_POOL_MAX: '1', DB_PREPARED_STATEMENTS: 'false' } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child);
    const failed = server.exited.then((e) =>
      Promise.reject(new Error(`server exited: ${JSON.stringify({ ...e, logs: server.logs })}`)),
    );
    await Promise.race([server.logged((line) => /^Muster is running/.test(String(line.msg))), failed]);
    return server;
  }

  /** Resolves when a log line passing `test` has been written (now or before). */
  logged(test: (line: LogLine) => boolean): Promise<void> {
    if (this.logs.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  private read(text: string): void {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { msg: text.trim() };
    }
    const port = /^Muster is running: http:\/\/[^:]+:(\d+)\//.exec(String(line.msg));
    if (port) this.port = Number(port[1]);
    this.logs.push(line);
    for (const waiter of this.waiters.filter((w) => w.test(line))) waiter.resolve();
  }
}

/**
 * A GraphQL request that is known to be in the server: it asks `Expect: 100-continue` and
 * sends its body only once the server has taken the request (answered "100 Continue").
 */
async function inFlight(port: number, query: string, token: string) {
  const body = JSON.stringify({ query });
  const req = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: `Bearer ${token}`,
      expect: '100-continue',
    },
  });
  // What the client ends up with: a complete response, or the error that cut it off.
  const response = new Promise<{ status?: number; connection?: string; body?: string; error?: string }>((resolve) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, body: text }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    req.on('error', (error) => resolve({ error: error.message }));
  });
  await once(req, 'continue');
  req.end(body);
  return { response };
}

/** Whether a new TCP connection to the port is refused. */
function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Holds an exclusive lock on the organisation table, so requests that read it wait. */
async function lockOrganisations(): Promise<{ release(): Promise<void> }> {
  const db = new Client({ connectionString: workerDatabaseUrl() });
  await db.connect();
  await db.query('BEGIN');
  await db.query('LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE');
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await db.query('ROLLBACK');
      await db.end();
    },
  };
}

/**
 * The real server process, its requests made slow by a lock the test holds (no test-only
 * code in the server). From SIGTERM on, the port refuses new connections — that is what a
 * client or load balancer sees; readiness answering 503 to requests already in the server
 * is covered in-process by health.spec.ts.
 */
describe('SIGTERM: requests in flight are answered, within the grace period', () => {
  let t: TestApp;
  let org: TestOrg;
  let user: TestUser;
  let server: ServerProcess | undefined;
  const shuttingDown = (line: LogLine) => /^shutting down/.test(String(line.msg));

  beforeAll(async () => {
    // Tokens are checked by the server's own (system) clock.
    t = await startTestApp({ clock: new FixedClock(new Date()) });
    org = await createOrganisation(t);
    user = await createUser(t, [{ organisationId: org.id, role: Role.VIEWER }]);
  });
  afterEach(() => server?.kill('SIGKILL'));
  afterAll(() => t.close());

  it('refuses new connections at once, delivers both slow responses, then exits 0', async () => {
    server = await ServerProcess.start(20_000);
    const lock = await lockOrganisations();
    try {
      const slow = [
        await inFlight(server.port, ORGANISATION(org.id), user.token),
        await inFlight(server.port, ORGANISATION(org.id), user.token),
      ];

      server.kill('SIGTERM');
      await server.logged(shuttingDown);
      expect(await refusesConnections(server.port)).toBe(true);
      await lock.release();

      for (const { response } of slow) {
        const res = await response;
        expect({ status: res.status, connection: res.connection }).toEqual({ status: 200, connection: 'close' });
        expect((JSON.parse(res.body ?? '') as { data: { organisation: { id: string } } }).data.organisation.id).toBe(
          org.id,
        );
      }
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.logs.filter((l) => /^stopped/.test(String(l.msg)))).toEqual([
        expect.objectContaining({ msg: 'stopped: 2 request(s) in flight answered, none cut off', delivered: 2 }),
      ]);
    } finally {
      await lock.release();
    }
  });

  it('cuts off what is still running when the grace period is over, exits non-zero and says so', async () => {
    const graceMs = 2_000;
    server = await ServerProcess.start(graceMs);
    const lock = await lockOrganisations();
    try {
      const slow = [
        await inFlight(server.port, ORGANISATION(org.id), user.token),
        await inFlight(server.port, ORGANISATION(org.id), user.token),
      ];
      const signalled = Date.now();
      server.kill('SIGTERM');
      const exit = await server.exited;
      // The grace period, plus a little for the operating system to report the exit.
      expect(Date.now() - signalled).toBeLessThan(graceMs + 1_000);
      expect(exit.code).toBe(1);
      for (const { response } of slow)
        expect(await response).toEqual({ error: expect.stringMatching(/socket hang up|ECONNRESET/) });
      const honest = server.logs.filter((l) => (l.level ?? 0) >= 50);
      expect(honest).toEqual([
        expect.objectContaining({
          msg: 'shutdown grace period over: 2 request(s) in flight cut off unanswered',
          cutOff: 2,
          delivered: 0,
        }),
      ]);
      expect(server.logs.filter((l) => /^stopped/.test(String(l.msg)))).toEqual([]);
    } finally {
      await lock.release();
    }
  });
});
