import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { verifyAuditChain } from '@muster/platform-audit';
import { FixedClock } from '@muster/platform-core';
import { FAIL_BEFORE_COMMIT_HEADER } from '@muster/platform-graphql';
import { errorCode, startTestApp, TestApp } from '@muster/testing';
import { killBackendsAtRandom, seededRandom } from './backend-killer';
import { ClientState, createMixWorld, Kind, KINDS, MixWorld, planNext } from './mutation-mix';
import { RequestRecord, verifyOutcomes } from './mix-verification';

const MUTATIONS = Number(process.env.MUSTER_RELIABILITY_MUTATIONS ?? 1_000);
const CLIENTS = 16;
const FAIL_SHARE = 0.1;

/**
 * 1,000 mutations of ten kinds from 16 concurrent clients over real HTTP, one in ten failed
 * on purpose just before COMMIT (MUSTER_FAULT_INJECTION and its request header), while
 * backends are terminated at random. Then: every acknowledged change is there with exactly
 * its audit events, no failed one left anything, and every audit chain verifies.
 * Seeded (MUSTER_RELIABILITY_SEED reproduces the draw; kill timing is the machine's).
 */
describe('reliability: mixed mutations with faults before COMMIT and backends terminated', () => {
  let t: TestApp;
  let w: MixWorld;
  // Stopped by the test, or here if it gave up (a killer left running would outlive the file).
  let stopKiller: (() => Promise<unknown>) | undefined;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date()), env: { MUSTER_FAULT_INJECTION: 'true' } });
    w = await createMixWorld(t);
  });
  afterAll(async () => {
    await stopKiller?.();
    await t?.close();
  });

  it(`${MUTATIONS} mutations from ${CLIENTS} clients: audit events equal committed changes, no fork, every chain verifies`, async () => {
    const seed = Number(process.env.MUSTER_RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const run = randomUUID().slice(0, 8);
    const awarenessAt = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const records: RequestRecord[] = [];
    const states: ClientState[] = [];
    let issued = 0;
    const started = Date.now();
    // The clients' own reads go through a connection of the test's, which the killer spares.
    const reads = new Client({ connectionString: t.databaseUrl, application_name: 'muster-reliability-reads' });
    await reads.connect();
    const killer = await killBackendsAtRandom(t.databaseUrl, seededRandom(seed + 1));
    stopKiller = () => killer.stop();

    const client = async (n: number) => {
      const s: ClientState = { incidents: [], assignments: [], runbooks: [] };
      states.push(s);
      const own = seededRandom(seed * 31 + n);
      while (issued < MUTATIONS) {
        const i = issued++;
        const marker = `rel-${run}-${i}`;
        const inject = own() < FAIL_SHARE;
        const p = planNext(w, s, own, marker, awarenessAt);
        const before = p.target ? modelOf(s, p.kind, p.target) : null;
        const headers: Record<string, string> = { 'x-request-id': marker };
        if (inject) headers[FAIL_BEFORE_COMMIT_HEADER] = '1';
        const res = await t.gql.request<Record<string, Record<string, unknown>>>(
          p.query,
          { input: p.input },
          { token: p.who.token, headers },
        );
        const record: RequestRecord = { kind: p.kind, requestId: marker, target: p.target, outcome: 'failed' };
        if (res.data?.[p.kind] && !res.errors?.length) {
          record.outcome = inject ? 'acknowledged-despite-fault' : 'acknowledged';
          record.entityId = p.acknowledged(res.data);
        } else {
          record.outcome = inject ? 'injected' : 'failed';
          record.code = errorCode(res) ?? `HTTP ${res.status}`;
          // Unanswered: whether it committed is the database's to say; the client reads what it now holds.
          if (!inject && p.target && before !== null) {
            await refresh(reads, s, p.kind, p.target);
            record.changed = modelOf(s, p.kind, p.target) !== before;
          }
        }
        records.push(record);
      }
    };
    let kills: { busy: number; idle: number };
    try {
      await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    } finally {
      kills = await killer.stop();
      stopKiller = undefined;
      await reads.end();
    }
    const loadMs = Date.now() - started;

    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const verdict = await verifyOutcomes(db, records, states, run);
      expect(verdict.problems).toEqual([]);
      // A terminated backend is always answered with the code a client retries on.
      expect(Object.keys(verdict.codes).filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      const chains = await db.query<{ chain_id: string; last_seq: string }>(
        `SELECT chain_id, last_seq::text FROM audit_chain ORDER BY chain_id`,
      );
      const broken = [];
      for (const { chain_id: chainId, last_seq: lastSeq } of chains.rows) {
        const v = await verifyAuditChain(db, { chainId, hmacKey: t.config.audit.hmacKey });
        if (!v.valid || String(v.toSeq ?? 0) !== lastSeq) broken.push({ ...v, lastSeq });
      }
      expect(broken).toEqual([]);
      const count = (o: RequestRecord['outcome']) => records.filter((r) => r.outcome === o).length;
      expect(records).toHaveLength(MUTATIONS);
      expect(count('acknowledged-despite-fault')).toBe(0);
      const byKind = Object.fromEntries(KINDS.map((k: Kind) => [k, records.filter((r) => r.kind === k).length]));
      process.stdout.write(
        `reliability: seed ${seed}; ${MUTATIONS} mutations from ${CLIENTS} clients in ${loadMs} ms ` +
          `(${Math.round((MUTATIONS * 1000) / loadMs)}/s): ${count('acknowledged')} acknowledged, ` +
          `${count('injected')} failed before COMMIT on purpose, ${count('failed')} failed by a terminated backend ` +
          `(${verdict.committedUnanswered} of them committed, codes ${JSON.stringify(verdict.codes)}); ` +
          `backends terminated ${kills.busy} busy + ${kills.idle} idle; ${verdict.events} audit events checked; ` +
          `${chains.rows.length} chains verified; by kind ${JSON.stringify(byKind)}\n`,
      );
    } finally {
      await db.end();
    }
  });
});

/** What the client knows of the entity an update aims at, where the update changes it (null: not such a kind). */
function modelOf(s: ClientState, kind: Kind, target: string): string | null {
  if (kind === 'declareIncident' || kind === 'openIgThread') {
    const i = s.incidents.find((x) => x.id === target);
    return JSON.stringify([i?.version, i?.status, i?.threadId]);
  }
  if (kind === 'recordIgDecision') return String(s.incidents.find((x) => x.threadId === target)?.decided === true);
  if (kind === 'acknowledgeAssignment') return String(s.assignments.find((x) => x.id === target)?.version);
  if (kind === 'updateRunbookDraft') return String(s.runbooks.find((x) => x.id === target)?.version);
  return null;
}

/** The client's state of `target` brought up to what the database holds after an unanswered update. */
async function refresh(db: Client, s: ClientState, kind: Kind, target: string): Promise<void> {
  const one = async (sql: string) => (await db.query<Record<string, unknown>>(sql, [target])).rows[0];
  if (kind === 'declareIncident' || kind === 'openIgThread') {
    const i = s.incidents.find((x) => x.id === target);
    const row = await one(
      `SELECT i.version, i.status, (SELECT t.id FROM ig_thread t WHERE t.incident_id = i.id) AS "threadId"
         FROM incident i WHERE i.id = $1`,
    );
    if (i && row) Object.assign(i, { version: row.version, status: row.status, threadId: row.threadId ?? undefined });
  } else if (kind === 'recordIgDecision') {
    const i = s.incidents.find((x) => x.threadId === target);
    const row = await one(`SELECT count(*)::int AS n FROM ig_decision WHERE thread_id = $1`);
    if (i && row) i.decided = Number(row.n) > 0;
  } else if (kind === 'acknowledgeAssignment') {
    const a = s.assignments.find((x) => x.id === target);
    const row = await one(`SELECT version, status FROM assignment WHERE id = $1`);
    if (a && row) Object.assign(a, { version: row.version, status: row.status });
  } else if (kind === 'updateRunbookDraft') {
    const r = s.runbooks.find((x) => x.id === target);
    const row = await one(`SELECT version, description FROM runbook WHERE id = $1`);
    if (r && row) Object.assign(r, { version: row.version, description: row.description });
  }
}
