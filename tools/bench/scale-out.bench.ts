import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { Bench, BenchContext } from './framework';

interface LoadResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  mismatches: number;
}
// autocannon ships no types; this is the part of its API used here.
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<LoadResult>;

const root = join(__dirname, '../..');
const READ = `{ me { label } organisations(first: 20) { nodes { id name kind } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100;

interface Api {
  url: string;
  child: ChildProcess;
}

/**
 * Read throughput of the stateless tier with 1 and with 2 API processes on one database:
 * the same load generator (autocannon, `--connections` spread over the processes' URLs)
 * asks the same read — the caller, 20 organisations — for `--seconds`, in `--rounds`
 * interleaved after a warm-up; the best round counts. On a 2-core machine PostgreSQL and
 * autocannon share the cores with the API, so the ratio also states the API processes'
 * CPU seconds: requests per API CPU-second should stay flat if the tier scales (no shared
 * state in the process, no lock between them). The processes run the real entry point
 * (`apps/api/src/main.ts`, NODE_ENV=production, scheduler on).
 */
export const scaleOutBench: Bench = {
  name: 'scale-out',
  tiny: { seconds: '1', rounds: '1', connections: '4' },
  description: 'read throughput with 1 and with 2 API processes on one database, the same load generator',
  async run(ctx: BenchContext): Promise<void> {
    const seconds = ctx.number('seconds', 5);
    const rounds = ctx.number('rounds', 3);
    const connections = ctx.number('connections', 16);
    const url = await ctx.database();
    const db = new Client({ connectionString: url });
    await db.connect();
    await db.query(
      `INSERT INTO organisation (ods_code, name, kind)
       SELECT 'SO' || n, 'Scale-out trust ' || n, 'ACUTE_TRUST' FROM generate_series(1, 40) n`,
    );
    await db.end();
    const email = 'bench-admin@scale-out.muster.nhs.uk';
    const password = randomBytes(12).toString('hex');
    const env = {
      DATABASE_URL: url,
      JWT_SECRET: randomBytes(32).toString('base64'),
      AUDIT_HMAC_KEY: randomBytes(32).toString('base64'),
      MUSTER_ADMIN_EMAIL: email,
      MUSTER_ADMIN_PASSWORD: password,
    };
    // Started side by side (the database is migrated already; each compiles its TypeScript on load).
    const started = await Promise.allSettled([startApi(env), startApi(env)]);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      for (const s of started) if (s.status === 'fulfilled') s.value.child.kill('SIGKILL');
      throw failed.reason;
    }
    const [first, second] = started.map((s) => (s as PromiseFulfilledResult<Api>).value);
    ctx.onCleanup(async () => {
      for (const api of [first, second]) api.child.kill('SIGKILL');
    });
    const login = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const body = JSON.stringify({ query: READ });
    const expected = await (
      await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      })
    ).text();
    if (!expected.includes('Scale-out trust')) throw new Error(`unexpected answer: ${expected}`);

    const load = async (apis: Api[], s: number) => {
      const before = apis.map((a) => cpuSeconds(a.child.pid as number));
      const result = await autocannon({
        url: apis.map((a) => `${a.url}/graphql`),
        method: 'POST',
        body,
        connections,
        duration: s,
        workers: 1,
        expectBody: expected,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      if (result.non2xx > 0 || result.errors > 0 || result.mismatches > 0)
        throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors, ${result.mismatches} unexpected bodies`);
      const cpu = apis.reduce((sum, a, i) => sum + cpuSeconds(a.child.pid as number) - before[i], 0);
      return { requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, cpu };
    };
    await load([first, second], 2);
    const best: Record<string, { requests: number; p50: number; p99: number; cpu: number } | undefined> = {};
    for (let round = 1; round <= rounds; round++) {
      for (const [name, apis] of [
        ['1 process', [first]],
        ['2 processes', [first, second]],
      ] as const) {
        const r = await load([...apis], seconds);
        ctx.log(
          `round ${round} ${name}: ${(r.requests / seconds).toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${(r.requests / r.cpu).toFixed(0)} req per API CPU-second, load ${loadavg()[0].toFixed(1)}`,
        );
        if (!best[name] || r.requests > (best[name]?.requests ?? 0)) best[name] = r;
      }
    }
    ctx.validated('every body equal to the one answered before the load');
    const one = best['1 process'] as NonNullable<(typeof best)[string]>;
    const two = best['2 processes'] as NonNullable<(typeof best)[string]>;
    ctx.record({
      case: '1 process',
      operations: one.requests,
      unit: 'reads',
      seconds,
      note: `best of ${rounds}; p50 ${one.p50} ms, p99 ${one.p99} ms; ${(one.requests / one.cpu).toFixed(0)} reads per API CPU-second`,
    });
    const m = ctx.record({
      case: '2 processes',
      operations: two.requests,
      unit: 'reads',
      seconds,
      baseline: '1 process',
      note: `best of ${rounds}; p50 ${two.p50} ms, p99 ${two.p99} ms; ${(two.requests / two.cpu).toFixed(0)} reads per API CPU-second`,
    });
    ctx.environment.loadAverage = loadavg()[0].toFixed(1);
    ctx.environment.readsPerApiCpuSecond = `1 process ${(one.requests / one.cpu).toFixed(0)}, 2 processes ${(two.requests / two.cpu).toFixed(0)}`;
    // Per API CPU-second, two processes must do at least 0.9× the work of one: nothing shared between them costs.
    ctx.target(
      'reads per API CPU-second, 2 processes / 1',
      two.requests / two.cpu / (one.requests / one.cpu),
      0.9,
      '×',
    );
    ctx.target('throughput, 2 processes / 1', m.ratio ?? 0, 1.0, '×');
  },
};

/** User plus system CPU seconds a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** The real entry point, in production mode on a free port; resolves once it is listening. */
async function startApi(env: Record<string, string>): Promise<Api> {
  // TypeScript compiled on load (run-ts.js): done before the warm-up, so not in the CPU measured.
  const child = spawn(process.execPath, ['tools/scripts/run-ts.js', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let log = '';
    child.once('exit', (code) => reject(new Error(`API exited (${code}): ${log}`)));
    child.stderr?.on('data', (chunk) => (log += String(chunk)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      log += `${line}\n`;
      const port = /Muster is running: http:\/\/[^:]+:(\d+)\//.exec(line);
      if (port) resolve({ url: `http://127.0.0.1:${port[1]}`, child });
    });
  });
}
