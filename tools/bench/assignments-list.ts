import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { BenchContext, spread } from './framework';
import { ASSIGNMENTS_QUERY, RawAssignments } from './assignments-raw';

interface LoadResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  mismatches: number;
}
// autocannon ships no types; this is the part of its API used here.
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<LoadResult>;

const PAGE = 100;
const CASE = `assignments(first: ${PAGE})`;

/**
 * `assignments(first: 100)` nested, as a system administrator, over the generator's
 * assignments: the API against node:http + pg running the same statements (assignments-raw.ts),
 * the body checked equal before and on every load request; statements counted on the
 * instance configured as `test`, for 100 and for 5. Records the table's row 3b.
 */
export async function measureAssignmentsList(
  ctx: BenchContext,
  s: { graphqlUrl: string; countingUrl: string; token: string; pool: Pool },
  o: { rounds: number; seconds: number; connections: number },
): Promise<void> {
  const raw = new RawAssignments(s.pool);
  const server = await listen(async (body) => {
    const { variables } = JSON.parse(body) as { variables: { first: number } };
    return raw.page(variables.first);
  });
  ctx.onCleanup(() => new Promise((resolve) => server.close(() => resolve())));
  const rawUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const body = (first: number) => JSON.stringify({ query: ASSIGNMENTS_QUERY, variables: { first } });

  const statements = async (first: number) => {
    const text = await post(s.countingUrl, s.token, body(first));
    const answer = JSON.parse(text) as { errors?: unknown[]; extensions?: { sqlStatements?: number } };
    if (answer.errors) throw new Error(`${CASE}: ${JSON.stringify(answer.errors)}`);
    return answer.extensions?.sqlStatements ?? NaN;
  };
  const many = await statements(PAGE);
  const few = await statements(5);
  ctx.environment[`${CASE} SQL statements`] = many;
  ctx.environment['assignments(first: 5) SQL statements'] = few;
  const statementsTarget = `${CASE}: SQL statements per request (at most 4), as 4 / statements`;
  const constantTarget = 'assignments: the same statements for first: 5 as for first: 100, as fewer / more';
  ctx.target(statementsTarget, 4 / many, 1, '');
  ctx.target(constantTarget, Math.min(few, many) / Math.max(few, many), 1, '×');

  const ratios: number[] = [];
  const api = { requests: 0, p50: [] as number[], p99: [] as number[] };
  const base = { requests: 0, p50: [] as number[], p99: [] as number[] };
  // Round 0 is the warm-up: measured, validated, discarded.
  for (let round = 0; round <= o.rounds; round++) {
    const expected = await sameAnswer(s, rawUrl, body(PAGE));
    const r = await load(rawUrl, null, body(PAGE), expected, o);
    const a = await load(s.graphqlUrl, s.token, body(PAGE), expected, o);
    if (round === 0) continue;
    for (const [into, from] of [
      [base, r],
      [api, a],
    ] as const) {
      into.requests += from.requests.total;
      into.p50.push(from.latency.p50);
      into.p99.push(from.latency.p99);
    }
    ratios.push(a.requests.total / r.requests.total);
  }
  ctx.validated('every body equal, byte for byte, to the one both sides gave before the load');
  const seconds = o.rounds * o.seconds;
  const note = `${o.connections} connections, ${o.rounds} interleaved rounds of ${o.seconds} s after a warm-up`;
  ctx.record({ case: `raw pg handler: ${CASE}`, operations: base.requests, unit: 'requests', seconds, note });
  ctx.record({
    case: `GraphQL ${CASE}`,
    operations: api.requests,
    unit: 'requests',
    seconds,
    baseline: `raw pg handler: ${CASE}`,
    note,
  });
  const ratioTarget = `${CASE}: GraphQL over the raw-pg handler (median of rounds)`;
  ctx.target(ratioTarget, spread(ratios).median, 0.35, '×');
  ctx.row({
    id: '3b',
    case: `GraphQL ${CASE} nested`,
    baseline: 'node:http + pg running the same SQL, the same body',
    ratios,
    perSecond: api.requests / seconds,
    p50Ms: spread(api.p50).median,
    p99Ms: spread(api.p99).median,
    statements: many,
    validated: 'every body equal, byte for byte, to the one both sides gave before the load',
    targets: [ratioTarget, statementsTarget, constantTarget],
    note: `${note}; ${many} statements for 100, ${few} for 5; p50/p99 medians of rounds`,
  });
}

async function post(url: string, token: string | null, body: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Both sides give the same body; that body is what the load then expects, byte for byte. */
async function sameAnswer(s: { graphqlUrl: string; token: string }, rawUrl: string, body: string): Promise<string> {
  const api = await post(s.graphqlUrl, s.token, body);
  const raw = await post(rawUrl, null, body);
  if (api.includes('"errors"')) throw new Error(`${CASE}: ${api.slice(0, 500)}`);
  if (!api.includes('"nodes":[{')) throw new Error(`${CASE}: an empty page`);
  if (api !== raw) {
    const at = [...api].findIndex((ch, i) => raw[i] !== ch);
    throw new Error(
      `${CASE}: the GraphQL and raw answers differ at ${at}:\n${api.slice(at - 200, at + 200)}\n${raw.slice(at - 200, at + 200)}`,
    );
  }
  return api;
}

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
  if (result.non2xx > 0 || result.errors > 0 || result.mismatches > 0)
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.mismatches} unexpected bodies`,
    );
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
