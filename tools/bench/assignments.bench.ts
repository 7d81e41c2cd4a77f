import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { Client, Pool, PoolClient } from 'pg';
import { createApp } from '@muster/api';
import { ACTIVATION_SQL, activationParams, ActivationOutcome } from '@muster/assignments';
import { canonicalEvent, canonicalJson, EventHasher, eventHasher, GENESIS_HASH } from '@muster/platform-audit';
import { loadConfig } from '@muster/platform-config';
import { createLogger, SystemClock } from '@muster/platform-core';
import { PasswordHasher } from '@muster/identity';
import { measureAssignmentsList } from './assignments-list';
import { Bench, BenchContext, quantile, spread } from './framework';
import { EMPTY_SIZE, generateSystem } from './generate';

const ACTIVATE = `mutation ($input: ActivateRunbookInput!) { activateRunbook(input: $input) { id assignmentIds } }`;
const FUNCTIONS = [
  'DIGITAL',
  'CYBER_SOC',
  'EPRR',
  'INFORMATION_GOVERNANCE',
  'COMMUNICATIONS',
  'CLINICAL',
  'EXECUTIVE_ON_CALL',
];
const PASSWORD = randomBytes(12).toString('hex');
const ICB = '00000000-0000-4000-8000-0000000000a1';
const TRUST = '00000000-0000-4000-8000-0000000000a2';
const COMMANDER = '00000000-0000-4000-8000-0000000000c1';
const RUNBOOK = '00000000-0000-4000-8000-0000000000b1';
const VERSION = '00000000-0000-4000-8000-0000000000b2';
/** A system administrator, who lists every assignment. */
const ADMIN = 'bench-admin@bench.nhs.uk';

/**
 * Runbook activation: `activateRunbook` of a `--steps` (15) step runbook for one
 * organisation, from `--writers` (8) concurrent writers, `--activations` (200) per round
 * and case, `--rounds` (3) interleaved after a warm-up, against the same statements in raw
 * pg (the activation statement itself, `ACTIVATION_SQL`; the jobs insert; the audit chain
 * head and its events, hashed as the appender hashes them). The statements of one
 * activation are counted (`extensions.sqlStatements` of an instance configured as `test`)
 * and traced on the pg client.
 */
export const assignmentsBench: Bench = {
  name: 'assignments',
  tiny: {
    activations: '12',
    writers: '4',
    rounds: '1',
    organisations: '4',
    incidents: '20',
    assignments: '300',
    seconds: '1',
    connections: '2',
  },
  description:
    'activateRunbook (15 steps, one organisation) and assignments(first: 100) nested through the API against the same statements in raw pg',
  async run(ctx: BenchContext): Promise<void> {
    const o = {
      steps: ctx.number('steps', 15),
      activations: ctx.number('activations', 200),
      writers: ctx.number('writers', 8),
      rounds: ctx.number('rounds', 3),
      seconds: ctx.number('seconds', 4),
      connections: ctx.number('connections', 4),
    };
    const organisations = ctx.number('organisations', 200);
    const assignments = ctx.number('assignments', 100_000);
    const incidents = ctx.number('incidents', 1_000);
    ctx.environment.nodeEnv = process.env.NODE_ENV ?? 'unset';
    const url = await ctx.database();
    const hmacKey = randomBytes(32).toString('hex');
    const jwtSecret = randomBytes(32).toString('hex');
    const start = async (env: 'production' | 'test') => {
      const config = loadConfig({
        NODE_ENV: env,
        LOG_LEVEL: 'error',
        DATABASE_URL: url,
        JWT_SECRET: jwtSecret,
        AUDIT_HMAC_KEY: hmacKey,
        SCHEDULER_ENABLED: 'false',
        DB_POOL_MAX: String(o.writers + 2),
      });
      const app = await createApp({
        config,
        databaseUrl: url,
        logger: createLogger('error'),
        clock: new SystemClock(),
      });
      await app.listen(0, '127.0.0.1');
      ctx.onCleanup(() => app.close());
      const address = app.getHttpServer().address() as { port: number };
      return { app, graphqlUrl: `http://127.0.0.1:${address.port}/graphql` };
    };
    const api = await start('production');
    const counting = await start('test');
    const hash = await api.app.get(PasswordHasher).hash(PASSWORD);
    const hasher = eventHasher(hmacKey);
    // The generator's assignments (with their dependencies, evidence and history) for the list; the activations use a trust of their own.
    await ctx.measure(
      'seed (the generator: assignments, their incidents and history)',
      assignments,
      'assignments',
      () =>
        withClient(url, async (db) => {
          await generateSystem(
            db,
            {
              ...EMPTY_SIZE,
              organisations,
              incidents,
              participants: incidents * 5,
              assignments,
              auditEvents: assignments,
            },
            { seed: ctx.number('seed', 20), now: new Date(), hasher, log: (l) => ctx.log(l) },
          );
        }),
    );
    await withClient(url, (db) => seed(db, o.steps, hash));
    const token = await login(api.graphqlUrl);
    const pool = new Pool({ connectionString: url, max: o.writers + 2 });
    ctx.onCleanup(() => pool.end());
    await measureAssignmentsList(
      ctx,
      { graphqlUrl: api.graphqlUrl, countingUrl: counting.graphqlUrl, token: await login(api.graphqlUrl, ADMIN), pool },
      o,
    );
    let batch = 0;

    // Statements of one activation, counted by the app and traced on the pg client.
    const [first] = await declaredIncidents(url, 1, batch++);
    const statements: string[] = [];
    const answer = await traced(
      () => gql<{ activateRunbook: { assignmentIds: string[] }[] }>(counting.graphqlUrl, token, ACTIVATE, input(first)),
      statements,
    );
    if (answer.data?.activateRunbook[0].assignmentIds.length !== o.steps)
      throw new Error(`activateRunbook: ${JSON.stringify(answer.errors)}`);
    const begin = statements.findIndex((q) => /^(START TRANSACTION|BEGIN)/i.test(q));
    const commit = statements.findIndex((q) => /^COMMIT/i.test(q));
    const inTransaction = statements.slice(begin + 1, commit);
    ctx.environment['activateRunbook SQL statements (request)'] = answer.extensions?.sqlStatements ?? NaN;
    ctx.environment['activateRunbook SQL statements (inside its transaction)'] = inTransaction.length;
    ctx.environment['activateRunbook SQL statements (transaction, BEGIN and COMMIT included)'] = commit - begin + 1;
    ctx.environment['activateRunbook statements'] = statements
      .map((q) => q.replace(/\s+/g, ' ').slice(0, 70))
      .join(' | ');
    ctx.target(
      'activateRunbook: statements of its transaction, BEGIN and COMMIT included (at most 6), as 6 / statements',
      6 / (commit - begin + 1),
      1,
      '',
    );

    const viaApi = async (id: string) => {
      const res = await gql<{ activateRunbook: { assignmentIds: string[] }[] }>(
        api.graphqlUrl,
        token,
        ACTIVATE,
        input(id),
      );
      if (res.data?.activateRunbook[0].assignmentIds.length !== o.steps)
        throw new Error(`activateRunbook failed: ${JSON.stringify(res.errors)}`);
    };
    const viaRaw = async (id: string) => {
      const n = await rawActivation(pool, id, hasher);
      if (n !== o.steps) throw new Error(`raw activation made ${n} assignments`);
    };
    const times = { raw: [] as number[], api: [] as number[] };
    const latencies: number[] = [];
    for (let round = 0; round <= o.rounds; round++) {
      for (const [name, activate] of [
        ['raw', viaRaw],
        ['api', viaApi],
      ] as const) {
        const ids = await declaredIncidents(url, o.activations, batch++);
        const took: number[] = [];
        const seconds = await concurrently(ids.length, o.writers, (n) => activate(ids[n]), took);
        if (round > 0) times[name].push(seconds);
        if (round > 0 && name === 'api') latencies.push(...took);
      }
    }
    ctx.validated(`every activation made its ${o.steps} assignments`);
    const note = (t: number[]) =>
      `${o.writers} concurrent writers, ${o.rounds} interleaved rounds after a warm-up; median round, range ${Math.round(o.activations / Math.max(...t))}–${Math.round(o.activations / Math.min(...t))}/s`;
    const RAW = `raw pg: the activation statement, the jobs, the audit chain (${o.steps} steps)`;
    ctx.record({
      case: RAW,
      operations: o.activations,
      unit: 'activations',
      seconds: median(times.raw),
      note: note(times.raw),
    });
    const m = ctx.record({
      case: `GraphQL activateRunbook (${o.steps} steps, one organisation)`,
      operations: o.activations,
      unit: 'activations',
      seconds: median(times.api),
      baseline: RAW,
      note: note(times.api),
    });
    ctx.target(`activateRunbook: activations/s at ${o.writers} connections`, m.perSecond, 500, ' /s');
    ctx.target('activateRunbook: GraphQL over the same statements in raw pg', m.ratio as number, 0.4, '×');
    const ratios = times.api.map((t, i) => times.raw[i] / t);
    ctx.target('activateRunbook: GraphQL over raw pg, median round', spread(ratios).median, 0.4, '×');
    ctx.row({
      id: '5b',
      case: `GraphQL activateRunbook (${o.steps} steps), ${o.writers} writers`,
      baseline: 'ACTIVATION_SQL, the jobs and the audit chain in raw pg',
      ratios,
      perSecond: m.perSecond,
      unit: 'activations',
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      statements: commit - begin + 1,
      validated: `every activation made its ${o.steps} assignments`,
      targets: [
        'activateRunbook: GraphQL over raw pg, median round',
        `activateRunbook: activations/s at ${o.writers} connections`,
        'activateRunbook: statements of its transaction, BEGIN and COMMIT included (at most 6), as 6 / statements',
      ],
      note: `${o.activations} per round, ${o.rounds} interleaved rounds after a warm-up; statements of its transaction with BEGIN and COMMIT; p50/p99 per activation`,
    });
    ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));
  },
};

const input = (incidentId: string) => ({ input: { incidentId, runbookId: RUNBOOK, organisationIds: [TRUST] } });

/** An ICB and a trust with a team per function, its commander, and one approved runbook of `steps` steps (each after the one before, every other step). */
async function seed(db: Client, steps: number, passwordHash: string): Promise<void> {
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO organisation (id, ods_code, name, kind) VALUES ($1, 'BICB', 'Bench ICB', 'ICB'), ($2, 'BTRUST', 'Bench trust', 'ACUTE_TRUST')`,
    [ICB, TRUST],
  );
  await db.query(
    `INSERT INTO team (organisation_id, name, function) SELECT $1, f || ' team', f FROM unnest($2::text[]) f`,
    [TRUST, FUNCTIONS],
  );
  await db.query(
    `INSERT INTO app_user (id, email, display_name, password_hash) VALUES ($1, 'commander@bench.nhs.uk', 'Bench commander', $2)`,
    [COMMANDER, passwordHash],
  );
  await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'INCIDENT_COMMANDER')`, [
    COMMANDER,
    TRUST,
  ]);
  const [admin] = (
    await db.query<{ id: string }>(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Bench admin', $2) RETURNING id`,
      [ADMIN, passwordHash],
    )
  ).rows;
  await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'SYSTEM_ADMIN')`, [
    admin.id,
    ICB,
  ]);
  const stepIds = Array.from({ length: steps }, () => randomUUID());
  const snapshot = stepIds.map((id, i) => ({
    id,
    position: i + 1,
    title: `Bench step ${i + 1}`,
    function: FUNCTIONS[i % FUNCTIONS.length],
    responsibleRole: 'RESPONDER',
    designation: null,
    instructions: 'Do the step.',
    targetMinutes: 30 * (i + 1),
    clockAnchor: 'DECLARATION',
    mandatory: i % 3 !== 2,
    dependsOn: i % 2 === 1 ? [stepIds[i - 1]] : [],
    templateStepId: null,
  }));
  await db.query(
    `INSERT INTO runbook (id, organisation_id, title, categories, status, latest_version_number)
     VALUES ($1, $2, 'Bench ransomware runbook', ARRAY['RANSOMWARE'], 'DRAFT', 1)`,
    [RUNBOOK, TRUST],
  );
  await db.query(
    `INSERT INTO runbook_version (id, runbook_id, organisation_id, version_number, title, categories, steps, step_count, review_interval_months, approved_at)
     VALUES ($1, $2, $3, 1, 'Bench ransomware runbook', ARRAY['RANSOMWARE'], $4::jsonb, $5, 12, now())`,
    [VERSION, RUNBOOK, TRUST, JSON.stringify(snapshot), steps],
  );
  await db.query(`UPDATE runbook SET status = 'APPROVED', current_version_id = $2 WHERE id = $1`, [RUNBOOK, VERSION]);
  await db.query('COMMIT');
}

/** DECLARED incidents of the trust commanded by the bench commander (not measured). */
async function declaredIncidents(url: string, count: number, batch: number): Promise<string[]> {
  return withClient(url, async (db) => {
    const rows = (
      await db.query<{ id: string }>(
        `WITH i AS (
           INSERT INTO incident (reference, title, category, type, level, scope, status, lead_organisation_id, reported_at,
                                 declared_at, declared_by, created_at, updated_at)
           SELECT 'INC-' || (2100 + $2::int) || '-' || lpad(n::text, 4, '0'), 'Bench incident ' || n, 'RANSOMWARE', 'CRITICAL', 1,
                  'ORGANISATION', 'DECLARED', $3, now(), now(), $4, now(), now()
             FROM generate_series(1, $1::int) n
           RETURNING id)
         , r AS (INSERT INTO incident_role_assignment (incident_id, role, user_id, assigned_by, started_at)
                 SELECT id, 'COMMANDER', $4, $4, now() FROM i)
         SELECT id::text FROM i`,
        [count, batch, TRUST, COMMANDER],
      )
    ).rows;
    return rows.map((r) => r.id);
  });
}

/** The activation's statements in raw pg: the activation itself, its jobs, the audit chain head and events. */
async function rawActivation(pool: Pool, incidentId: string, hasher: EventHasher): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const now = new Date();
    const args = {
      incidentId,
      runbookId: RUNBOOK,
      organisationIds: [TRUST],
      caller: { userId: COMMANDER, organisationIds: [TRUST], icbCandidates: [TRUST], systemWide: false },
      asSystem: false,
    };
    const [out] = (await client.query<ActivationOutcome>(ACTIVATION_SQL, activationParams(args, now))).rows;
    const act = out.activations[0];
    if (!act) throw new Error('raw activation refused');
    const jobs = out.assignments.map((a) => ({
      kind: 'assignments.overdue',
      key: `assignment-overdue:${a.id}:${String(a.dueAt)}`,
      runAt: a.dueAt,
      payload: { assignmentId: a.id, dueAt: a.dueAt },
    }));
    jobs.push({
      kind: 'assignments.assigned-notices',
      key: `assigned-notices:${act.id}`,
      runAt: now.toISOString() as unknown as Date,
      payload: { assignmentId: act.id, dueAt: null },
    });
    await client.query(
      `INSERT INTO scheduled_job (kind, key, organisation_id, payload, run_at, max_attempts, created_at)
       SELECT j.kind, j.key, $3, j.payload, j.run_at, 5, $4
         FROM unnest($1::text[], $2::text[], $5::jsonb[], $6::timestamptz[]) AS j(kind, key, payload, run_at)
       ON CONFLICT ON CONSTRAINT scheduled_job_key DO NOTHING`,
      [
        jobs.map((j) => j.kind),
        jobs.map((j) => j.key),
        TRUST,
        now,
        jobs.map((j) => JSON.stringify(j.payload)),
        jobs.map((j) => j.runAt),
      ],
    );
    await appendEvents(client, out, act.id, incidentId, now, hasher);
    await client.query('COMMIT');
    return out.assignments.length;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** The chain head locked, then the activation's and assignments' events linked and written with the new head (two statements, as the appender). */
async function appendEvents(
  client: PoolClient,
  out: ActivationOutcome,
  activationId: string,
  incidentId: string,
  now: Date,
  hasher: EventHasher,
): Promise<void> {
  const chainId = TRUST;
  const [head] = (
    await client.query<{ lastSeq: string; lastHash: string }>(
      `SELECT last_seq::text AS "lastSeq", last_hash AS "lastHash" FROM audit_chain WHERE chain_id = $1 FOR UPDATE`,
      [chainId],
    )
  ).rows;
  let seq = BigInt(head?.lastSeq ?? '0');
  let prev = head?.lastHash ?? GENESIS_HASH;
  const events = [
    [
      'runbook_activation.created',
      'runbook_activation',
      activationId,
      'Bench runbook activated',
      { assignments: out.assignments.length },
    ],
    ...out.assignments.map((a) => [
      'assignment.created',
      'assignment',
      a.id,
      `Assignment "${a.title}" created`,
      { after: a },
    ]),
  ] as [string, string, string, string, Record<string, unknown>][];
  const rows = events.map(([action, entityType, entityId, summary, changes]) => {
    seq += 1n;
    const fields = {
      chainId,
      seq: seq.toString(),
      prevHash: prev,
      occurredAt: now.toISOString(),
      actorType: 'USER',
      actorId: COMMANDER,
      actorLabel: 'commander@bench.nhs.uk',
      organisationId: chainId,
      roles: [`INCIDENT_COMMANDER@${chainId}`],
      action,
      entityType,
      entityId,
      incidentId,
      summary,
      changes: canonicalJson(JSON.parse(JSON.stringify(changes))),
      requestId: null,
      clientAddress: '127.0.0.1',
    };
    const hash = hasher(canonicalEvent(fields));
    const row = [fields.seq, fields.occurredAt, action, entityType, entityId, summary, fields.changes, prev, hash];
    prev = hash;
    return row;
  });
  await client.query(
    `WITH e AS (
       INSERT INTO audit_event (chain_id, seq, occurred_at, actor_type, actor_id, actor_label, organisation_id, roles, action,
         entity_type, entity_id, incident_id, summary, changes, request_id, client_address, prev_hash, hash)
       SELECT $1::text, (r->>0)::bigint, (r->>1)::timestamptz, 'USER', $3::uuid, 'commander@bench.nhs.uk', $7::uuid,
         ARRAY['INCIDENT_COMMANDER@' || $1::text],
         r->>2, r->>3, r->>4, $4::uuid, r->>5, (r->>6)::json, NULL, '127.0.0.1', r->>7, r->>8
       FROM jsonb_array_elements($2::jsonb) AS r)
     INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES ($1::text, $5, $6)
     ON CONFLICT (chain_id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash`,
    [chainId, JSON.stringify(rows), COMMANDER, incidentId, seq.toString(), prev, TRUST],
  );
}

async function login(graphqlUrl: string, email = 'commander@bench.nhs.uk'): Promise<string> {
  const answer = await gql<{ login: { accessToken: string } | null }>(
    graphqlUrl,
    null,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password: PASSWORD } },
  );
  if (!answer.data?.login) throw new Error(`bench login failed: ${JSON.stringify(answer.errors)}`);
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

/** Runs `work`, recording the text of every statement sent by a pg client meanwhile (nothing else runs then). */
async function traced<T>(work: () => Promise<T>, into: string[]): Promise<T> {
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
