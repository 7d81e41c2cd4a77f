import { ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { TEST_AUDIT_KEY, TEST_JWT_SECRET, workerDatabaseUrl } from './test-app';

const root = join(__dirname, '../..');

export interface LogLine {
  level?: number;
  msg?: string;
  [key: string]: unknown;
}

/** The real server entry point as a process, with its log lines as they come. */
export class ServerProcess {
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

  /** Starts `apps/api/src/main.ts` on this worker's database, with `env` added to the test settings. */
  static async start(env: Record<string, string> = {}): Promise<ServerProcess> {
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
        // The embedded database behind its socket: one connection, no prepared statements.
        ...(embedded ? { DB_POOL_MAX: '1', DB_PREPARED_STATEMENTS: 'false' } : {}),
        ...env,
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
