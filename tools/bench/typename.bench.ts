import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { Bench, BenchContext } from './framework';
import { BenchProcess, median, startApi, startProcess } from './processes';

interface LoadResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  mismatches: number;
}
// autocannon ships no types; this is the part of its API used here.
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<LoadResult>;

const BODY = JSON.stringify({ query: '{ __typename }' });
const ANSWER = { data: { __typename: 'Query' } };

/**
 * The floor of the GraphQL tier: `{ __typename }` POSTed anonymously to the real API
 * process (`apps/api/src/main.ts`, NODE_ENV=production: every middleware, plugin, guard,
 * limit and the operation log it runs in production) against a bare Apollo Server 5 on the
 * same HTTP stack (Express 5, its JSON parser, @as-integrations/express5; typename-bare-server.ts),
 * each a process of its own. autocannon (`--connections`, one worker thread) loads each for
 * `--seconds`, `--rounds` interleaved after a discarded warm-up; every answer must be the
 * body that side gave before, which must be `{"data":{"__typename":"Query"}}`.
 * With BENCH_CPU_PROFILE_DIR set, the API runs with --cpu-prof and writes its profile there.
 */
export const typenameBench: Bench = {
  name: 'typename',
  description: '{ __typename } through the whole API against a bare Apollo Server on the same HTTP stack',
  tiny: { seconds: '1', rounds: '1', connections: '2' },
  async run(ctx: BenchContext): Promise<void> {
    const seconds = ctx.number('seconds', 5);
    const rounds = ctx.number('rounds', 3);
    const connections = ctx.number('connections', 16);
    const url = await ctx.database();
    const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
    const api = await startApi(
      { DATABASE_URL: url, JWT_SECRET: secret(), AUDIT_HMAC_KEY: secret() },
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    ctx.onCleanup(async () => api.stop());
    const bare = await startProcess(
      'tools/bench/typename-bare-server.ts',
      { NODE_ENV: 'production' },
      /bare Apollo listening on (\d+)/,
    );
    ctx.onCleanup(async () => bare.stop());
    ctx.environment.nodeEnv = 'production (both processes)';

    const sides = [
      { name: 'bare Apollo Server', server: bare, expected: await answer(bare) },
      { name: 'Muster API', server: api, expected: await answer(api) },
    ];
    const results = new Map<string, { requests: number[]; p50: number[]; p99: number[]; cpu: number[] }>();
    const ratios: number[] = [];
    // Round 0 is the warm-up: loaded and validated, then discarded.
    for (let round = 0; round <= rounds; round++) {
      const perSide: number[] = [];
      for (const side of sides) {
        const cpu = side.server.cpuSeconds();
        const r = await load(side.server.url, side.expected, connections, round === 0 ? 2 : seconds);
        const used = side.server.cpuSeconds() - cpu;
        perSide.push(r.requests.total);
        if (round === 0) continue;
        const t = results.get(side.name) ?? { requests: [], p50: [], p99: [], cpu: [] };
        t.requests.push(r.requests.total);
        t.p50.push(r.latency.p50);
        t.p99.push(r.latency.p99);
        t.cpu.push(used);
        results.set(side.name, t);
        ctx.log(
          `round ${round} ${side.name}: ${(r.requests.total / seconds).toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${(r.requests.total / used).toFixed(0)} req per server CPU-second, load ${loadavg()[0].toFixed(1)}`,
        );
      }
      if (round > 0) ratios.push(perSide[1] / perSide[0]);
    }
    for (const side of sides) {
      const t = results.get(side.name) as { requests: number[]; p50: number[]; p99: number[]; cpu: number[] };
      const total = t.requests.reduce((a, b) => a + b, 0);
      const cpu = t.cpu.reduce((a, b) => a + b, 0);
      ctx.record({
        case: `${side.name}: { __typename }`,
        operations: total,
        unit: 'requests',
        seconds: rounds * seconds,
        baseline: side === sides[1] ? `${sides[0].name}: { __typename }` : undefined,
        note:
          `${connections} connections, ${rounds} interleaved rounds of ${seconds} s after a warm-up; ` +
          `p50 ${median(t.p50)} ms, p99 ${median(t.p99)} ms (medians of rounds); ${(total / cpu).toFixed(0)} requests per server CPU-second` +
          (side === sides[1]
            ? `; ratio per round median ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`
            : ''),
      });
    }
    ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));
    const target = '{ __typename }: Muster API over bare Apollo (median of rounds)';
    ctx.target(target, median(ratios), 0.8, '×');
    const measured = results.get(sides[1].name) as { requests: number[]; p50: number[]; p99: number[] };
    ctx.row({
      id: '1',
      case: 'Muster API: { __typename }',
      baseline: 'bare Apollo Server, same Express stack',
      ratios,
      perSecond: measured.requests.reduce((a, b) => a + b, 0) / (rounds * seconds),
      unit: 'requests',
      p50Ms: median(measured.p50),
      p99Ms: median(measured.p99),
      statements: 0,
      validated: 'every body exactly {"data":{"__typename":"Query"}}',
      targets: [target],
      note: `${connections} connections, ${rounds} interleaved rounds of ${seconds} s after a warm-up`,
    });
    if (profileDir) {
      api.child.kill('SIGTERM');
      await once(api.child, 'exit');
      ctx.log(`API CPU profile written to ${profileDir}`);
    }
  },
};

/** What the server answers to `{ __typename }`: it must be exactly the expected data, nothing else. */
async function answer(server: BenchProcess): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
  });
  const text = await res.text();
  if (res.status !== 200 || JSON.stringify(JSON.parse(text)) !== JSON.stringify(ANSWER))
    throw new Error(`${server.url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

async function load(url: string, expected: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    body: BODY,
    connections,
    duration: seconds,
    workers: 1,
    expectBody: expected,
    headers: { 'content-type': 'application/json' },
  });
  if (result.non2xx > 0 || result.errors > 0 || result.mismatches > 0)
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.mismatches} unexpected bodies`,
    );
  return result;
}

function secret(): string {
  return randomBytes(32).toString('base64');
}
