import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { Client, Pool } from 'pg';
import { createApp } from '@muster/api';
import { loadConfig } from '@muster/platform-config';
import { createLogger, SystemClock } from '@muster/platform-core';
import { PasswordHasher } from '@muster/identity';
import {
  assessSystem,
  HolderFacts,
  holdersStatement,
  organisationsStatement,
  matrixRunbookFactsStatements,
  MatrixRunbooksRow,
  SqlStatement,
  templatesStatement,
  toOrganisationFacts,
  toMatrixRunbookFacts,
  toSystemReadiness,
  toTemplateFacts,
} from '@muster/readiness';
import { Bench, BenchContext } from './framework';
import { ReadinessBenchSize, seedReadinessBench } from './readiness-seed';

interface LoadResult {
  requests: { total: number };
  non2xx: number;
  errors: number;
}
// autocannon ships no types; this is the part of its API used here.
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<LoadResult>;

/**
 * systemReadiness over HTTP on a whole ICS (default 200 organisations, 50 runbooks of 20
 * steps each, 6 ICS templates): the GraphQL API (authenticated: Nest, Apollo, TypeORM)
 * against a raw handler (node:http + pg, no authentication) running the same statements
 * and the same roll-up, in the same process and run. Options: --organisations, --runbooks
 * (per organisation), --steps, --samples (sequential requests per handler for latency),
 * --rounds and --seconds (interleaved rounds of load per handler), --connections. Run it
 * with NODE_ENV=production, as the server runs.
 */
export const readinessBench: Bench = {
  name: 'readiness',
  description: 'systemReadiness over HTTP (GraphQL) against a raw-pg handler running the same SQL and roll-up',
  async run(ctx: BenchContext): Promise<void> {
    const size: ReadinessBenchSize = {
      organisations: ctx.number('organisations', 200),
      runbooksPerOrganisation: ctx.number('runbooks', 50),
      stepsPerRunbook: ctx.number('steps', 20),
    };
    const o = {
      samples: ctx.number('samples', 200),
      rounds: ctx.number('rounds', 4),
      seconds: ctx.number('seconds', 5),
      connections: ctx.number('connections', 4),
    };
    // graphql-js picks its (slower, checking) development mode when it is first loaded.
    ctx.environment.nodeEnv = process.env.NODE_ENV ?? 'unset';
    if (process.env.NODE_ENV !== 'production') {
      ctx.log('NODE_ENV is not production: GraphQL runs its development checks. Run: NODE_ENV=production npm run bench');
    }
    const url = await ctx.database();
    const runbooks = size.organisations * size.runbooksPerOrganisation;
    await ctx.measure('seed (set-based SQL)', runbooks, 'runbooks', () => withClient(url, (db) => seedReadinessBench(db, size)));
    const servers = await startServers(ctx, url);
    const sample = await sameAnswer(servers.graphql, servers.raw);
    ctx.log(`both answer the same matrix: ${sample.cells} cells, ${sample.bytes} bytes`);
    ctx.environment.matrix = `${size.organisations} organisations × ${sample.cells / size.organisations} categories, ${runbooks} runbooks of ${size.stepsPerRunbook} steps`;
    await measureLatency(ctx, servers, o.samples);
    await measureThroughput(ctx, servers, o);
  },
};

interface Servers {
  graphql: Endpoint;
  raw: Endpoint;
}

const TARGET_P50_MS = 50;

const QUERY = `query SystemReadiness {
  systemReadiness {
    evaluatedAt score
    organisations { id name score gapCount }
    categories { category score gapCount }
    cells { organisationId category score status gapCount }
  }
}`;

async function startServers(ctx: BenchContext, url: string): Promise<Servers> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    DATABASE_URL: url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
    // No background work (review reminders over the bench's runbooks) while measuring.
    SCHEDULER_ENABLED: 'false',
  });
  const app = await createApp({ config, databaseUrl: url, logger: createLogger('error'), clock: new SystemClock() });
  await app.listen(0, '127.0.0.1');
  const pool = new Pool({ connectionString: url, max: config.database.poolMax });
  pool.on('error', (error) => ctx.log(`idle raw-handler connection failed: ${error.message}`));
  const raw = await listen(rawHandler(pool));
  ctx.onCleanup(async () => {
    await app.close();
    await new Promise((resolve) => raw.close(resolve));
    await pool.end();
  });
  const graphqlUrl = `${baseUrl(app.getHttpServer())}/graphql`;
  const token = await systemAdminToken(app, url, graphqlUrl);
  const body = JSON.stringify({ query: QUERY });
  return {
    graphql: { url: graphqlUrl, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body },
    raw: { url: baseUrl(raw), headers: { 'content-type': 'application/json' }, body },
  };
}

/** Sequential requests, one handler then the other, after a warm-up. */
async function measureLatency(ctx: BenchContext, servers: Servers, samples: number): Promise<void> {
  for (const target of [servers.graphql, servers.raw]) await latencies(target, 20);
  const raw = await latencies(servers.raw, samples);
  const graphql = await latencies(servers.graphql, samples);
  const note = (l: Latency) => `sequential; min ${l.minMs.toFixed(1)} ms, p50 ${l.p50Ms.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms`;
  ctx.record({ case: 'raw pg handler, sequential', operations: samples, unit: 'requests', seconds: raw.seconds, note: note(raw) });
  ctx.record({
    case: 'GraphQL systemReadiness, sequential', operations: samples, unit: 'requests', seconds: graphql.seconds,
    baseline: 'raw pg handler, sequential', note: note(graphql),
  });
  ctx.log(`GraphQL ${note(graphql)}; raw ${note(raw)}; load average ${loadavg()[0].toFixed(1)}`);
  ctx.environment.graphqlP50Ms = Number(graphql.p50Ms.toFixed(1));
  ctx.environment.rawP50Ms = Number(raw.p50Ms.toFixed(1));
  ctx.environment.graphqlMinMs = Number(graphql.minMs.toFixed(1));
  ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));
  // Targets pass when actual ≥ required: a p50 under 50 ms is over 20 per second.
  ctx.target(`GraphQL p50 under ${TARGET_P50_MS} ms, as 1000 / p50 ms`, 1000 / graphql.p50Ms, 1000 / TARGET_P50_MS, ' /s');
}

/** Requests per second under concurrent load, in interleaved rounds so drift in the machine's load hits both. */
async function measureThroughput(ctx: BenchContext, servers: Servers, o: { rounds: number; seconds: number; connections: number }): Promise<void> {
  const totals = { raw: 0, graphql: 0 };
  for (let round = 0; round < o.rounds; round++) {
    totals.raw += await load(servers.raw, o);
    totals.graphql += await load(servers.graphql, o);
  }
  const seconds = o.rounds * o.seconds;
  const note = `${o.connections} connections, ${o.rounds} interleaved rounds of ${o.seconds} s`;
  ctx.record({ case: 'raw pg handler, concurrent', operations: totals.raw, unit: 'requests', seconds, note });
  const graphql = ctx.record({
    case: 'GraphQL systemReadiness, concurrent', operations: totals.graphql, unit: 'requests', seconds,
    baseline: 'raw pg handler, concurrent', note,
  });
  ctx.target('GraphQL throughput over the raw-pg handler', graphql.ratio as number, 0.8, '×');
}

/** The statements of ReadinessService.systemReadiness (a system administrator's: all at once), its roll-up, its answer. */
function rawHandler(pool: Pool) {
  const run = async <T>({ sql, params }: SqlStatement): Promise<T[]> => (await pool.query(sql, params)).rows as T[];
  return async (): Promise<string> => {
    const [organisations, runbooks, holders, templates] = await Promise.all([
      run<Parameters<typeof toOrganisationFacts>[0]>(organisationsStatement()).then((rows) => rows.map(toOrganisationFacts)),
      Promise.all(matrixRunbookFactsStatements({}).map((part) => run<MatrixRunbooksRow>(part))).then((parts) => toMatrixRunbookFacts(parts.flat())),
      run<HolderFacts>(holdersStatement()),
      run<Parameters<typeof toTemplateFacts>[0]>(templatesStatement({})).then((rows) => rows.map(toTemplateFacts)),
    ]);
    const now = new Date();
    const view = toSystemReadiness(assessSystem(organisations, runbooks, holders, templates, now), now);
    // The fields the GraphQL query selects, in its order.
    const systemReadiness = {
      evaluatedAt: view.evaluatedAt,
      score: view.score,
      organisations: view.organisations.map(({ id, name, score, gapCount }) => ({ id, name, score, gapCount })),
      categories: view.categories,
      cells: view.cells.map(({ organisationId, category, score, status, gapCount }) => ({ organisationId, category, score, status, gapCount })),
    };
    return JSON.stringify({ data: { systemReadiness } });
  };
}

function listen(handler: () => Promise<string>): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      handler().then(
        (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Endpoint {
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function post(endpoint: Endpoint): Promise<string> {
  const res = await fetch(endpoint.url, { method: 'POST', headers: endpoint.headers, body: endpoint.body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${endpoint.url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Both handlers give the same matrix (evaluation times aside). */
async function sameAnswer(graphql: Endpoint, raw: Endpoint): Promise<{ cells: number; bytes: number }> {
  const [a, b] = [JSON.parse(await post(graphql)), JSON.parse(await post(raw))];
  if (a.errors) throw new Error(`GraphQL errors: ${JSON.stringify(a.errors)}`);
  const strip = (x: { data: { systemReadiness: Record<string, unknown> } }) => ({ ...x.data.systemReadiness, evaluatedAt: null });
  if (JSON.stringify(strip(a)) !== JSON.stringify(strip(b))) throw new Error('The GraphQL and raw answers differ');
  return { cells: a.data.systemReadiness.cells.length, bytes: JSON.stringify(a).length };
}

interface Latency {
  minMs: number;
  p50Ms: number;
  p95Ms: number;
  seconds: number;
}

async function latencies(endpoint: Endpoint, samples: number): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = process.hrtime.bigint();
    await post(endpoint);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const seconds = times.reduce((a, b) => a + b, 0) / 1000;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { minMs: times[0], p50Ms: at(0.5), p95Ms: at(0.95), seconds };
}

/** Requests completed in `seconds` by `connections` concurrent clients, fired from a worker thread. */
async function load(endpoint: Endpoint, o: { seconds: number; connections: number }): Promise<number> {
  const result = await autocannon({
    url: endpoint.url,
    method: 'POST',
    headers: endpoint.headers,
    body: endpoint.body,
    connections: o.connections,
    duration: o.seconds,
    workers: 1,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${endpoint.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.total;
}

async function systemAdminToken(app: Awaited<ReturnType<typeof createApp>>, url: string, graphqlUrl: string): Promise<string> {
  const password = randomBytes(12).toString('hex');
  const hash = await app.get(PasswordHasher).hash(password);
  const email = 'bench-admin@bench.nhs.uk';
  await withClient(url, async (db) => {
    const [user] = (await db.query(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Bench admin', $2) RETURNING id`, [email, hash])).rows;
    await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, md5('org1')::uuid, 'SYSTEM_ADMIN')`, [user.id]);
  });
  const login = JSON.parse(
    await post({
      url: graphqlUrl,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, variables: { input: { email, password } } }),
    }),
  );
  if (!login.data?.login) throw new Error(`bench login failed: ${JSON.stringify(login.errors)}`);
  return login.data.login.accessToken;
}

async function withClient<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

function baseUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
