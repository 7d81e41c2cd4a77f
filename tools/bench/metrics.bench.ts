import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { Client, Pool } from 'pg';
import { EntityManager } from 'typeorm';
import { createApp } from '@muster/api';
import { loadConfig } from '@muster/platform-config';
import { createLogger, SystemClock } from '@muster/platform-core';
import { PasswordHasher } from '@muster/identity';
import { asAtOf, financialYearPeriod, londonDay } from '@muster/reporting';
import {
  AssignmentMetricsStore,
  AssuranceMetricsStore,
  OnCallMetricsStore,
  computeMetrics,
  ExerciseIgMetricsStore,
  fromSystemReadiness,
  IncidentMetricsStore,
  MetricsStores,
  settingsOf,
} from '@muster/reporting/testing';
import {
  assessSystem,
  HolderFacts,
  holdersStatement,
  matrixRunbookFactsStatement,
  MatrixRunbooksRow,
  organisationsStatement,
  SqlStatement,
  templatesStatement,
  toMatrixRunbookFacts,
  toOrganisationFacts,
  toSystemReadiness,
  toTemplateFacts,
} from '@muster/readiness/testing';
import { Bench, BenchContext, quantile, spread } from './framework';
import { EMPTY_SIZE, FULL_SIZE, generateSystem } from './generate';

/**
 * systemMetrics for the current financial year over GraphQL/HTTP (authenticated: Nest,
 * Apollo, TypeORM) against a raw handler (node:http + pg, no authentication) running the
 * same statements — the reporting stores on a pg pool, readiness's statements and roll-up —
 * and the same mapping, in the same process and run. Sequential requests, interleaved in
 * rounds; p50 of each and their ratio. Options: --organisations (200), --incidents
 * (10,000), --assignments (100,000), --runbooks (5 per organisation, 10 steps), --samples
 * (per round), --rounds. Run with NODE_ENV=production, as the server runs.
 */
export const metricsBench: Bench = {
  name: 'metrics',
  tiny: { organisations: '5', incidents: '50', assignments: '300', runbooks: '2', samples: '3', rounds: '1' },
  description: 'systemMetrics over HTTP (GraphQL) against a raw-pg handler running the same statements',
  async run(ctx: BenchContext): Promise<void> {
    const size = {
      organisations: ctx.number('organisations', 200),
      incidents: ctx.number('incidents', 10_000),
      assignments: ctx.number('assignments', 100_000),
    };
    const o = { samples: ctx.number('samples', 30), rounds: ctx.number('rounds', 3) };
    ctx.environment.nodeEnv = process.env.NODE_ENV ?? 'unset';
    if (process.env.NODE_ENV !== 'production')
      ctx.log('NODE_ENV is not production: GraphQL runs its development checks.');
    const url = await ctx.database();
    const now = new Date();
    await ctx.measure('seed (the generator)', size.incidents + size.assignments, 'rows', () =>
      withClient(url, async (db) => {
        await generateSystem(
          db,
          {
            ...EMPTY_SIZE,
            ...size,
            runbooksPerOrganisation: ctx.number('runbooks', 5),
            stepsPerRunbook: 10,
            participants: size.incidents * 5,
            igEvery: FULL_SIZE.igEvery,
            notificationEvery: FULL_SIZE.notificationEvery,
            postureDays: FULL_SIZE.postureDays,
          },
          { seed: ctx.number('seed', 20), now, hasher: () => '', log: (l) => ctx.log(l) },
        );
      }),
    );
    const year = Number(londonDay(now).slice(0, 4)) - (Number(londonDay(now).slice(5, 7)) < 4 ? 1 : 0);
    const servers = await startServers(ctx, url, year);
    const answer = await sameAnswers(servers);
    ctx.log(`both answer the same metrics: ${answer.incidents} incidents, ${answer.bytes} bytes`);
    ctx.environment.dataSet = `${size.organisations} organisations, ${size.incidents} incidents, ${size.assignments} assignments, financial year ${year}`;

    for (const target of [servers.raw, servers.graphql]) await latencies(target, 3);
    const times = { raw: [] as number[], graphql: [] as number[] };
    const ratios: number[] = [];
    for (let round = 0; round < o.rounds; round++) {
      const raw = await latencies(servers.raw, o.samples);
      const graphql = await latencies(servers.graphql, o.samples);
      times.raw.push(...raw);
      times.graphql.push(...graphql);
      ratios.push(quantile(raw, 0.5) / quantile(graphql, 0.5));
    }
    ctx.validated('the same figures from both before measuring; every answer 200 with systemMetrics and no errors');
    const raw = summary(times.raw);
    const graphql = summary(times.graphql);
    const n = o.rounds * o.samples;
    const note = (l: Summary) =>
      `sequential; p50 ${l.p50Ms.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms, min ${l.minMs.toFixed(1)} ms`;
    ctx.record({
      case: 'raw-pg handler, same statements',
      operations: n,
      unit: 'requests',
      seconds: raw.seconds,
      note: note(raw),
    });
    ctx.record({
      case: 'GraphQL systemMetrics',
      operations: n,
      unit: 'requests',
      seconds: graphql.seconds,
      baseline: 'raw-pg handler, same statements',
      note: note(graphql),
    });
    ctx.environment.rawP50Ms = Number(raw.p50Ms.toFixed(1));
    ctx.environment.graphqlP50Ms = Number(graphql.p50Ms.toFixed(1));
    ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));
    ctx.log(`GraphQL ${note(graphql)}; raw ${note(raw)}; load average ${loadavg()[0].toFixed(1)}`);
    ctx.target('GraphQL p50 under 100 ms, as 1000 / p50 ms', 1000 / graphql.p50Ms, 10, ' /s');
    ctx.target('GraphQL p50 against the raw handler’s (raw p50 / GraphQL p50)', raw.p50Ms / graphql.p50Ms, 0.8, '×');
    ctx.target('raw p50 / GraphQL p50, median round', spread(ratios).median, 0.8, '×');
    ctx.row({
      id: '4b',
      case: 'GraphQL systemMetrics (current financial year)',
      baseline: 'a raw-pg handler running the same statements and mapping',
      ratios,
      perSecond: 1000 / graphql.p50Ms,
      p50Ms: graphql.p50Ms,
      p99Ms: quantile(times.graphql, 0.99),
      statements: null,
      validated: 'the same figures from both before measuring; every answer systemMetrics without errors',
      targets: ['raw p50 / GraphQL p50, median round', 'GraphQL p50 under 100 ms, as 1000 / p50 ms'],
      note: `sequential requests (per second: 1000 / p50), ${o.rounds} interleaved rounds of ${o.samples} after a warm-up; ratio: raw p50 / GraphQL p50 per round`,
    });
  },
};

const QUERY = `query ($year: Int!) { systemMetrics(period: { financialYear: $year }) {
  period { label asAt }
  incidents { total byCategory { key count } byType { key count } byLevel { key count } byLeadOrganisation { key name count }
    reportedToDeclared { count medianMinutes p90Minutes } declaredToContained { count medianMinutes p90Minutes }
    declaredToStoodDown { count medianMinutes p90Minutes } }
  assignments {
    all { open overdue done doneOnTimePercent medianMinutesToAcknowledge medianMinutesToComplete }
    byFunction { function open overdue done doneOnTimePercent medianMinutesToAcknowledge medianMinutesToComplete }
    byOrganisation { organisationId organisationName open overdue done doneOnTimePercent medianMinutesToAcknowledge medianMinutesToComplete }
    exerciseActions { total closed closedPercent overdue } }
  exercises { inDatePercent cells { organisationId type lastAt status } }
  readiness { score cells { organisationId category status score gapCount } gaps { organisationId category description } }
  informationGovernance { threads decidedWithin72Hours decidedWithin72HoursPercent undecided notifications late lateWithReason
    lateByRecipient { key count } }
  assurance { eprrBands { organisationId band percent } cafRatings { organisationId achieved } socPosture { organisationId day criticalPastTarget patchCompliancePercent }
    criticalPastTarget patchCompliancePercent }
  trend { months series { metric values } }
} }`;

interface Endpoint {
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function startServers(
  ctx: BenchContext,
  url: string,
  year: number,
): Promise<{ raw: Endpoint; graphql: Endpoint }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    DATABASE_URL: url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
    SCHEDULER_ENABLED: 'false',
  });
  const app = await createApp({ config, databaseUrl: url, logger: createLogger('error'), clock: new SystemClock() });
  await app.listen(0, '127.0.0.1');
  const pool = new Pool({ connectionString: url, max: config.database.poolMax });
  pool.on('error', (error) => ctx.log(`idle raw-handler connection failed: ${error.message}`));
  const raw = await listen(rawHandler(pool, year, settingsOf(config)));
  ctx.onCleanup(async () => {
    await app.close();
    await new Promise((resolve) => raw.close(resolve));
    await pool.end();
  });
  const graphqlUrl = `${baseUrl(app.getHttpServer())}/graphql`;
  const token = await systemAdminToken(app, url, graphqlUrl);
  const body = JSON.stringify({ query: QUERY, variables: { year } });
  return {
    raw: { url: baseUrl(raw), headers: { 'content-type': 'application/json' }, body },
    graphql: {
      url: graphqlUrl,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    },
  };
}

/** What MetricsService.system runs for a system administrator: the reporting stores' statements on raw pg, readiness's four and its roll-up. */
function rawHandler(pool: Pool, year: number, settings: ReturnType<typeof settingsOf>) {
  const manager = {
    query: async (sql: string, params?: unknown[]): Promise<unknown[]> =>
      (await pool.query(sql, params)).rows as unknown[],
  } as unknown as EntityManager;
  const run = async <T>({ sql, params }: SqlStatement): Promise<T[]> => (await pool.query(sql, params)).rows as T[];
  const stores: MetricsStores = {
    incidents: new IncidentMetricsStore(),
    assignments: new AssignmentMetricsStore(),
    exercisesAndIg: new ExerciseIgMetricsStore(),
    assurance: new AssuranceMetricsStore(),
    onCall: new OnCallMetricsStore(),
  };
  const readiness = async () => {
    const [organisations, runbooks, holders, templates] = await Promise.all([
      run<Parameters<typeof toOrganisationFacts>[0]>(organisationsStatement()).then((rows) =>
        rows.map(toOrganisationFacts),
      ),
      run<MatrixRunbooksRow>(matrixRunbookFactsStatement({})).then(toMatrixRunbookFacts),
      run<HolderFacts>(holdersStatement()),
      run<Parameters<typeof toTemplateFacts>[0]>(templatesStatement({})).then((rows) => rows.map(toTemplateFacts)),
    ]);
    const now = new Date();
    return fromSystemReadiness(toSystemReadiness(assessSystem(organisations, runbooks, holders, templates, now), now));
  };
  return async (): Promise<string> => {
    const period = financialYearPeriod(year);
    const asAt = asAtOf(period, new Date());
    const systemMetrics = await computeMetrics(
      stores,
      { manager, period, asAt, organisationId: null },
      settings,
      null,
      readiness,
    );
    return JSON.stringify({ data: { systemMetrics } });
  };
}

interface Answer {
  data: { systemMetrics: { incidents: { total: number }; assignments: { all: unknown }; trend: unknown } };
  errors?: unknown[];
}

async function sameAnswers(servers: {
  raw: Endpoint;
  graphql: Endpoint;
}): Promise<{ incidents: number; bytes: number }> {
  const graphqlText = await post(servers.graphql);
  const graphql = JSON.parse(graphqlText) as Answer;
  if (graphql.errors) throw new Error(`GraphQL errors: ${JSON.stringify(graphql.errors)}`);
  const raw = JSON.parse(await post(servers.raw)) as Answer;
  const key = (a: Answer) =>
    JSON.stringify([
      a.data.systemMetrics.incidents.total,
      a.data.systemMetrics.assignments.all,
      a.data.systemMetrics.trend,
    ]);
  const strip = (a: Answer) => {
    const all = a.data.systemMetrics.assignments.all as Record<string, unknown>;
    const { open, overdue, done, doneOnTimePercent, medianMinutesToAcknowledge, medianMinutesToComplete } = all;
    return JSON.stringify([
      a.data.systemMetrics.incidents.total,
      { open, overdue, done, doneOnTimePercent, medianMinutesToAcknowledge, medianMinutesToComplete },
      a.data.systemMetrics.trend,
    ]);
  };
  if (strip(raw) !== strip(graphql))
    throw new Error(`The GraphQL and raw answers differ: ${key(graphql)} against ${key(raw)}`);
  return { incidents: graphql.data.systemMetrics.incidents.total, bytes: graphqlText.length };
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

async function post(endpoint: Endpoint): Promise<string> {
  const res = await fetch(endpoint.url, { method: 'POST', headers: endpoint.headers, body: endpoint.body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${endpoint.url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

async function latencies(endpoint: Endpoint, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = process.hrtime.bigint();
    const body = await post(endpoint);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (!body.startsWith('{"data":{"systemMetrics":{') || body.includes('"errors":'))
      throw new Error(`${endpoint.url} answered without metrics: ${body.slice(0, 300)}`);
  }
  return times;
}

interface Summary {
  minMs: number;
  p50Ms: number;
  p95Ms: number;
  seconds: number;
}

function summary(times: number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { minMs: sorted[0], p50Ms: at(0.5), p95Ms: at(0.95), seconds: times.reduce((a, b) => a + b, 0) / 1000 };
}

async function systemAdminToken(
  app: Awaited<ReturnType<typeof createApp>>,
  url: string,
  graphqlUrl: string,
): Promise<string> {
  const password = randomBytes(12).toString('hex');
  const hash = await app.get(PasswordHasher).hash(password);
  const email = 'bench-admin@bench.nhs.uk';
  await withClient(url, async (db) => {
    const [user] = (
      await db.query<{ id: string }>(
        `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Bench admin', $2) RETURNING id`,
        [email, hash],
      )
    ).rows;
    await db.query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, md5('org1')::uuid, 'SYSTEM_ADMIN')`,
      [user.id],
    );
  });
  const login = JSON.parse(
    await post({
      url: graphqlUrl,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
        variables: { input: { email, password } },
      }),
    }),
  ) as { data?: { login?: { accessToken: string } | null } | null; errors?: unknown[] };
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
