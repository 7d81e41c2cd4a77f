import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { Client, Pool } from 'pg';
import { createApp } from '@muster/api';
import { eventHasher, verifyAuditChain } from '@muster/platform-audit';
import { loadConfig } from '@muster/platform-config';
import { createLogger, SystemClock } from '@muster/platform-core';
import { PasswordHasher } from '@muster/identity';
import { Bench, BenchContext, quantile, spread } from './framework';
import { benchIds, EMPTY_SIZE, generateSystem } from './generate';
import { RawIncidents } from './incidents-raw';

interface LoadResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  mismatches: number;
}
// autocannon ships no types; this is the part of its API used here.
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<LoadResult>;

const INCIDENT_QUERY = `query ($id: ID!) { incident(id: $id) {
  id reference title status level version
  leadOrganisation { id name } affectedOrganisations { id name }
  roles { role startedAt holder { id displayName } organisation { id name } }
  latestSitRep { sequence template submittedAt fields { name value } }
} }`;

const LIST_QUERY = `query ($first: Int) { incidents(first: $first) {
  nodes {
    id reference title status level version
    leadOrganisation { id name } affectedOrganisations { id name } commander { id displayName }
    roles { role startedAt holder { id displayName } organisation { id name } }
    latestSitRep { sequence template submittedAt fields { name value } }
    counts { sitReps decisions lessons methaneRevisions }
  }
  pageInfo { hasNextPage }
} }`;

const DECLARE = `mutation ($input: DeclareIncidentInput!) { declareIncident(input: $input) { id status version } }`;

const METHANE = {
  majorIncidentDeclared: true,
  exactLocation: 'Main hospital site; EPR and PACS data centre',
  typeOfIncident: 'Ransomware encrypting clinical systems',
  hazards: 'Spread to connected trusts; loss of results reporting',
  access: 'Remote access disabled; on-site only via the IT hub',
  numberOfCasualties: 'No patient harm known; EPR, PACS and pathology results unavailable',
  emergencyServices: 'CSOC engaged, NCSC informed, police cyber unit notified',
};

/** Organisations whose commanders declare in the declaration cases (one sign-in each; `--declaring`). */
let DECLARING_ORGANISATIONS = 16;
const PASSWORD = randomBytes(12).toString('hex');

/**
 * Incidents over HTTP: `incident(id)` and `incidents(first: 50)` with their nested fields
 * through the whole API (Nest, Apollo, authentication, TypeORM) against a node:http + pg
 * handler running the same SQL (incidents-raw.ts), and `declareIncident` with METHANE from
 * concurrent writers against the same statements in raw pg. Every answer is checked: the
 * query loads expect the exact body both sides gave before (autocannon counts mismatches),
 * every declaration its DECLARED status. SQL statements per request are read from
 * `extensions.sqlStatements` of a second app instance configured as `test`, the way the
 * suites assert them; the declaration's statements are traced on the pg client too.
 * Options: --organisations, --incidents, --events (timeline events per incident),
 * --rounds, --seconds, --connections, --declarations (per round and case), --writers.
 */
export const incidentsBench: Bench = {
  name: 'incidents',
  tiny: {
    organisations: '6',
    declaring: '4',
    incidents: '60',
    events: '3',
    rounds: '1',
    seconds: '1',
    connections: '2',
    declarations: '16',
    writers: '4',
  },
  description:
    'incident(id), incidents(first: 50) and declareIncident through the API against node:http + pg running the same SQL',
  async run(ctx: BenchContext): Promise<void> {
    const organisations = ctx.number('organisations', 200);
    const incidents = ctx.number('incidents', 10_000);
    const events = ctx.number('events', 20);
    const size = {
      ...EMPTY_SIZE,
      organisations,
      incidents,
      participants: ctx.number('participants', incidents * 5),
      auditEvents: incidents * events,
      timelineEventsPerIncident: events,
    };
    DECLARING_ORGANISATIONS = ctx.number('declaring', 16);
    if (DECLARING_ORGANISATIONS >= ctx.number('organisations', 200))
      throw new Error('--declaring must be below --organisations (organisations 2 onwards declare)');
    const o = {
      rounds: ctx.number('rounds', 3),
      seconds: ctx.number('seconds', 4),
      connections: ctx.number('connections', 4),
      declarations: ctx.number('declarations', 400),
      writers: ctx.number('writers', 8),
    };
    ctx.environment.nodeEnv = process.env.NODE_ENV ?? 'unset';
    if (process.env.NODE_ENV !== 'production')
      ctx.log('NODE_ENV is not production: GraphQL runs its development checks.');
    const url = await ctx.database();
    const hmacKey = randomBytes(32).toString('hex');
    const hasher = eventHasher(hmacKey);
    await ctx.measure(
      'seed (the generator: incidents, participants, chained timeline events)',
      incidents,
      'incidents',
      () =>
        withClient(url, async (db) => {
          await generateSystem(db, size, {
            seed: ctx.number('seed', 20),
            now: new Date(),
            hasher,
            log: (l) => ctx.log(l),
          });
        }),
    );
    await withClient(url, async (db) => {
      const result = await verifyAuditChain(db, { chainId: benchIds.organisation(2), hmacKey });
      if (!result.valid) throw new Error(`the seeded chain does not verify: ${JSON.stringify(result)}`);
    });
    const s = await startServers(ctx, url, hmacKey, o.writers);
    await measureReads(ctx, s, url, o);
    await measureDeclarations(ctx, s, url, hasher, o);
    ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));
  },
};

interface Servers {
  graphqlUrl: string;
  countingUrl: string;
  rawUrl: string;
  adminToken: string;
  countingAdminToken: string;
  commanderTokens: string[];
  raw: RawIncidents;
}

async function startServers(ctx: BenchContext, url: string, hmacKey: string, writers: number): Promise<Servers> {
  // One secret: a token signed by either instance is accepted by both.
  const jwtSecret = randomBytes(32).toString('hex');
  const start = async (env: 'production' | 'test') => {
    const config = loadConfig({
      NODE_ENV: env,
      LOG_LEVEL: 'error',
      DATABASE_URL: url,
      JWT_SECRET: jwtSecret,
      AUDIT_HMAC_KEY: hmacKey,
      SCHEDULER_ENABLED: 'false',
    });
    const app = await createApp({ config, databaseUrl: url, logger: createLogger('error'), clock: new SystemClock() });
    await app.listen(0, '127.0.0.1');
    ctx.onCleanup(() => app.close());
    return app;
  };
  const app = await start('production');
  // The same code configured as the suites run it: answers carry extensions.sqlStatements.
  const counting = await start('test');
  const pool = new Pool({ connectionString: url, max: Math.max(10, writers + 2) });
  pool.on('error', (error) => ctx.log(`idle raw connection failed: ${error.message}`));
  const raw = new RawIncidents(pool);
  const server = await listen(async (body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables: { id?: string; first?: number } };
    return query === INCIDENT_QUERY ? raw.incident(variables.id as string) : raw.page(variables.first as number);
  });
  ctx.onCleanup(async () => {
    await new Promise((resolve) => server.close(resolve));
    await pool.end();
  });
  const hash = await app.get(PasswordHasher).hash(PASSWORD);
  await withClient(url, async (db) => {
    const [admin] = (
      await db.query<{ id: string }>(
        `INSERT INTO app_user (email, display_name, password_hash) VALUES ('bench-admin@bench.nhs.uk', 'Bench admin', $1) RETURNING id`,
        [hash],
      )
    ).rows;
    await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'SYSTEM_ADMIN')`, [
      admin.id,
      benchIds.organisation(1),
    ]);
    await db.query(`UPDATE app_user SET password_hash = $1 WHERE id = ANY($2::uuid[])`, [
      hash,
      Array.from({ length: DECLARING_ORGANISATIONS }, (_, k) => benchIds.commander(k + 2)),
    ]);
  });
  const graphqlUrl = `${baseUrl(app.getHttpServer())}/graphql`;
  const countingUrl = `${baseUrl(counting.getHttpServer())}/graphql`;
  const commanderTokens: string[] = [];
  for (let k = 0; k < DECLARING_ORGANISATIONS; k++)
    commanderTokens.push(await login(graphqlUrl, `u${k + 2}-1@bench.nhs.uk`));
  const adminToken = await login(graphqlUrl, 'bench-admin@bench.nhs.uk');
  return {
    graphqlUrl,
    countingUrl,
    rawUrl: baseUrl(server),
    raw,
    commanderTokens,
    adminToken,
    countingAdminToken: adminToken,
  };
}

async function login(graphqlUrl: string, email: string): Promise<string> {
  const answer = await gql<{ login: { accessToken: string } | null }>(
    graphqlUrl,
    null,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password: PASSWORD } },
  );
  if (!answer.data?.login) throw new Error(`bench login of ${email} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.accessToken;
}

interface Answer<T> {
  data?: T | null;
  errors?: unknown[];
  extensions?: { sqlStatements?: number };
}

async function gql<T>(
  graphqlUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer<T>> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${graphqlUrl} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as Answer<T>;
}

interface ReadCase {
  /** Its row of the table (table.ts). */
  row: string;
  name: string;
  query: string;
  variables: (round: number) => Record<string, unknown>;
  target: number;
  maxStatements: number;
}

/** The reads: statements counted, answers compared, then interleaved load rounds, each validated body for body. */
async function measureReads(
  ctx: BenchContext,
  s: Servers,
  url: string,
  o: { rounds: number; seconds: number; connections: number },
): Promise<void> {
  const ids = await withClient(url, async (db) =>
    (
      await db.query<{ id: string }>(`SELECT id::text FROM incident ORDER BY md5(id::text) LIMIT $1`, [o.rounds + 1])
    ).rows.map((r) => r.id),
  );
  const cases: ReadCase[] = [
    {
      row: '2',
      name: 'incident(id)',
      query: INCIDENT_QUERY,
      variables: (r) => ({ id: ids[r] }),
      target: 0.5,
      maxStatements: 3,
    },
    {
      row: '3a',
      name: 'incidents(first: 50)',
      query: LIST_QUERY,
      variables: () => ({ first: 50 }),
      target: 0.35,
      maxStatements: 4,
    },
  ];
  for (const c of cases) {
    const counted = await gql(s.countingUrl, s.countingAdminToken, c.query, c.variables(0));
    if (counted.errors) throw new Error(`${c.name}: ${JSON.stringify(counted.errors)}`);
    const statements = counted.extensions?.sqlStatements ?? NaN;
    ctx.environment[`${c.name} SQL statements`] = statements;
    ctx.target(
      `${c.name}: SQL statements per request (at most ${c.maxStatements}), as ${c.maxStatements} / statements`,
      c.maxStatements / statements,
      1,
      '',
    );
    if (c.name.startsWith('incidents')) {
      const small = await gql(s.countingUrl, s.countingAdminToken, c.query, { first: 5 });
      ctx.environment['incidents(first: 5) SQL statements'] = small.extensions?.sqlStatements ?? NaN;
      const few = small.extensions?.sqlStatements ?? NaN;
      ctx.target(
        'incidents: the same statements for first: 5 as for first: 50, as fewer / more',
        Math.min(few, statements) / Math.max(few, statements),
        1,
        '×',
      );
    }
  }
  const totals = new Map<string, { requests: number; p50: number[]; p99: number[] }>();
  const add = (key: string, r: LoadResult) => {
    const t = totals.get(key) ?? { requests: 0, p50: [], p99: [] };
    t.requests += r.requests.total;
    t.p50.push(r.latency.p50);
    t.p99.push(r.latency.p99);
    totals.set(key, t);
  };
  const ratios = new Map<string, number[]>();
  // Round 0 is the warm-up: measured, validated, discarded.
  for (let round = 0; round <= o.rounds; round++) {
    for (const c of cases) {
      const body = JSON.stringify({ query: c.query, variables: c.variables(round) });
      const expected = await sameAnswer(c.name, s, body);
      const raw = await load(s.rawUrl, null, body, expected, o);
      const api = await load(s.graphqlUrl, s.adminToken, body, expected, o);
      if (round === 0) continue;
      add(`raw ${c.name}`, raw);
      add(`api ${c.name}`, api);
      ratios.set(c.name, [...(ratios.get(c.name) ?? []), api.requests.total / raw.requests.total]);
      ctx.validated('every body equal, byte for byte, to the one both sides gave before the load');
    }
  }
  const seconds = o.rounds * o.seconds;
  for (const c of cases) {
    const raw = totals.get(`raw ${c.name}`) as { requests: number; p50: number[]; p99: number[] };
    const api = totals.get(`api ${c.name}`) as { requests: number; p50: number[]; p99: number[] };
    const r = ratios.get(c.name) as number[];
    const note = (t: typeof raw) =>
      `${o.connections} connections, ${o.rounds} interleaved rounds of ${o.seconds} s after a warm-up; p50 ${median(t.p50)} ms, p99 ${median(t.p99)} ms (medians of rounds)`;
    ctx.record({
      case: `raw pg handler: ${c.name}`,
      operations: raw.requests,
      unit: 'requests',
      seconds,
      note: note(raw),
    });
    ctx.record({
      case: `GraphQL ${c.name}`,
      operations: api.requests,
      unit: 'requests',
      seconds,
      baseline: `raw pg handler: ${c.name}`,
      note: `${note(api)}; ratio per round median ${median(r).toFixed(2)}× (${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)}×)`,
    });
    ctx.target(`${c.name}: GraphQL over the raw-pg handler (median of rounds)`, median(r), c.target, '×');
    const statementTargets = [
      `${c.name}: SQL statements per request (at most ${c.maxStatements}), as ${c.maxStatements} / statements`,
      ...(c.name.startsWith('incidents')
        ? ['incidents: the same statements for first: 5 as for first: 50, as fewer / more']
        : []),
    ];
    ctx.row({
      id: c.row,
      case: `GraphQL ${c.name}`,
      baseline: 'node:http + pg running the same SQL, the same body',
      ratios: r,
      perSecond: api.requests / seconds,
      p50Ms: median(api.p50),
      p99Ms: median(api.p99),
      statements: Number(ctx.environment[`${c.name} SQL statements`]),
      validated: 'every body equal, byte for byte, to the one both sides gave before the load',
      targets: [`${c.name}: GraphQL over the raw-pg handler (median of rounds)`, ...statementTargets],
      note: `${o.connections} connections, ${o.rounds} rounds of ${o.seconds} s; p50/p99 medians of rounds`,
    });
  }
}

/** Both sides give the same body for it; that body is what the load then expects, byte for byte. */
async function sameAnswer(name: string, s: Servers, body: string): Promise<string> {
  const post = async (url: string, token: string | null) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${name}: ${url} answered ${res.status}: ${text.slice(0, 300)}`);
    return text;
  };
  const api = await post(s.graphqlUrl, s.adminToken);
  const raw = await post(s.rawUrl, null);
  if (api.includes('"errors"')) throw new Error(`${name}: ${api.slice(0, 500)}`);
  if (api !== raw) {
    const at = [...api].findIndex((ch, i) => raw[i] !== ch);
    throw new Error(
      `${name}: the GraphQL and raw answers differ at ${at}:\n${api.slice(at - 200, at + 200)}\n${raw.slice(at - 200, at + 200)}`,
    );
  }
  return api;
}

interface Declaring {
  ids: string[];
  commanders: number[];
}

/** REPORTED incidents to declare, led by the declaring organisations (not measured). */
async function reportedIncidents(url: string, count: number, batch: number): Promise<Declaring> {
  return withClient(url, async (db) => {
    const rows = (
      await db.query<{ id: string; k: number }>(
        `INSERT INTO incident (reference, title, category, type, level, scope, status, lead_organisation_id, reported_by, reported_at, created_at, updated_at)
       SELECT 'INC-' || (2100 + $2::int) || '-' || lpad(n::text, 4, '0'), 'Reported incident ' || n, 'RANSOMWARE', 'MAJOR', 1, 'ORGANISATION',
              'REPORTED', md5('org' || (2 + n % $3::int))::uuid, md5('user' || (2 + n % $3::int) || '-2')::uuid, now(), now(), now()
       FROM generate_series(1, $1::int) n
       RETURNING id::text, (substr(reference, 10)::int % $3::int) AS k`,
        [count, batch, DECLARING_ORGANISATIONS],
      )
    ).rows;
    return { ids: rows.map((r) => r.id), commanders: rows.map((r) => r.k) };
  });
}

async function measureDeclarations(
  ctx: BenchContext,
  s: Servers,
  url: string,
  hasher: ReturnType<typeof eventHasher>,
  o: { rounds: number; declarations: number; writers: number },
): Promise<void> {
  let batch = 0;
  // Statements: one declaration on the counting app, traced on the pg client as well.
  const one = await reportedIncidents(url, 1, batch++);
  const countingToken = s.commanderTokens[one.commanders[0]];
  const statements: string[] = [];
  const answer = await traced(
    () =>
      gql<{ declareIncident: { status: string } }>(s.countingUrl, countingToken, DECLARE, {
        input: { id: one.ids[0], version: 1, methane: METHANE },
      }),
    statements,
  );
  if (answer.data?.declareIncident.status !== 'DECLARED')
    throw new Error(`declareIncident: ${JSON.stringify(answer.errors)}`);
  const begin = statements.findIndex((q) => /^(START TRANSACTION|BEGIN)/i.test(q));
  const commit = statements.findIndex((q) => /^COMMIT/i.test(q));
  const inTransaction = statements.slice(begin + 1, commit);
  ctx.environment['declareIncident SQL statements (request)'] = answer.extensions?.sqlStatements ?? NaN;
  ctx.environment['declareIncident SQL statements (transaction)'] = inTransaction.length;
  ctx.environment['declareIncident statements'] = statements
    .map((q) => q.replace(/\s+/g, ' ').slice(0, 90))
    .join(' | ');
  ctx.target(
    'declareIncident: statements in its transaction (at most 6), as 6 / statements',
    6 / inTransaction.length,
    1,
    '',
  );

  const api = async (d: Declaring, n: number) => {
    const res = await gql<{ declareIncident: { status: string; version: number } }>(
      s.graphqlUrl,
      s.commanderTokens[d.commanders[n]],
      DECLARE,
      { input: { id: d.ids[n], version: 1, methane: METHANE } },
    );
    if (res.data?.declareIncident.status !== 'DECLARED')
      throw new Error(`declareIncident failed: ${JSON.stringify(res.errors)}`);
  };
  const raw = async (d: Declaring, n: number) => {
    const version = await s.raw.declare(d.ids[n], benchIds.commander(d.commanders[n] + 2), METHANE, hasher);
    if (version !== 2) throw new Error('raw declaration failed');
  };
  const times = { raw: [] as number[], api: [] as number[] };
  const latencies: number[] = [];
  for (let round = 0; round <= o.rounds; round++) {
    for (const [name, declare] of [
      ['raw', raw],
      ['api', api],
    ] as const) {
      const d = await reportedIncidents(url, o.declarations, batch++);
      const took: number[] = [];
      const seconds = await concurrently(o.declarations, o.writers, (n) => declare(d, n), took);
      if (round > 0) times[name].push(seconds);
      if (round > 0 && name === 'api') latencies.push(...took);
    }
  }
  ctx.validated('every declaration answered DECLARED (raw: version 2)');
  const note = (t: number[]) =>
    `${o.writers} concurrent writers, ${o.rounds} interleaved rounds after a warm-up; median round, range ${Math.round(o.declarations / Math.max(...t))}–${Math.round(o.declarations / Math.min(...t))}/s`;
  ctx.record({
    case: 'raw pg: declare with METHANE (its incident, METHANE, role and audit statements)',
    operations: o.declarations,
    unit: 'declarations',
    seconds: median(times.raw),
    note: note(times.raw),
  });
  const m = ctx.record({
    case: 'GraphQL declareIncident with METHANE',
    operations: o.declarations,
    unit: 'declarations',
    seconds: median(times.api),
    baseline: 'raw pg: declare with METHANE (its incident, METHANE, role and audit statements)',
    note: note(times.api),
  });
  ctx.target(`declareIncident: declarations/s at ${o.writers} connections`, m.perSecond, 500, ' /s');
  ctx.target('declareIncident: GraphQL over the same statements in raw pg', m.ratio as number, 0.4, '×');
  const ratios = times.api.map((t, i) => times.raw[i] / t);
  ctx.target('declareIncident: GraphQL over raw pg, median round', spread(ratios).median, 0.4, '×');
  ctx.row({
    id: '5a',
    case: `GraphQL declareIncident with METHANE, ${o.writers} writers`,
    baseline: 'its incident, METHANE, role and audit statements in raw pg',
    ratios,
    perSecond: m.perSecond,
    unit: 'declarations',
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    statements: inTransaction.length,
    validated: 'every declaration answered DECLARED',
    targets: [
      'declareIncident: GraphQL over raw pg, median round',
      `declareIncident: declarations/s at ${o.writers} connections`,
      'declareIncident: statements in its transaction (at most 6), as 6 / statements',
    ],
    note: `${o.declarations} per round, ${o.rounds} interleaved rounds after a warm-up; statements inside its transaction; p50/p99 per declaration`,
  });
}

/** Runs `work`, recording the text of every statement sent by a pg client meanwhile (nothing else runs then). */
async function traced<T>(work: () => Promise<T>, into: string[] = []): Promise<T> {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    into.push(typeof q === 'string' ? q : ((q as { text?: string }).text ?? ''));
    return original.apply(this, args);
  };
  try {
    return await work();
  } finally {
    proto.query = original;
  }
}

async function concurrently(
  total: number,
  writers: number,
  change: (n: number) => Promise<void>,
  latenciesMs: number[] = [],
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < total) {
        const at = process.hrtime.bigint();
        await change(next++);
        latenciesMs.push(Number(process.hrtime.bigint() - at) / 1e6);
      }
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Requests completed by concurrent connections from a worker thread; every body must equal `expected`. */
async function load(
  url: string,
  token: string | null,
  body: string,
  expected: string,
  o: { seconds: number; connections: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    connections: o.connections,
    duration: o.seconds,
    workers: 1,
    expectBody: expected,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (result.non2xx > 0 || result.errors > 0 || result.mismatches > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.mismatches} unexpected bodies`,
    );
  }
  return result;
}

function listen(handler: (body: string) => Promise<string>): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      handler(body).then(
        (answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(answer),
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
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

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function baseUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
