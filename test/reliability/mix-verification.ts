import { Client } from 'pg';
import { ClientState, Kind, KINDS } from './mutation-mix';

/** One request of the mix and how it ended, as its client saw it. */
export interface RequestRecord {
  kind: Kind;
  /** Sent as `x-request-id`: the audit events of its change carry it. Also the text it stored (its marker). */
  requestId: string;
  target: string | null;
  outcome: 'acknowledged' | 'acknowledged-despite-fault' | 'injected' | 'failed';
  /** The entity an acknowledged request made or changed. */
  entityId?: string;
  code?: string;
  /** An unanswered update: whether the entity had changed when its client read it again. */
  changed?: boolean;
}

/** The audit actions each kind's change writes, sorted: exactly these, once each. */
export const EXPECTED_ACTIONS: Record<Kind, string[]> = {
  reportIncident: ['incident.reported', 'notification.raised'],
  declareIncident: ['incident.declared', 'incident.role_assigned'],
  addTimelineEntry: ['incident.timeline_entry_added'],
  createAssignment: ['assignment.created', 'notification.raised'],
  acknowledgeAssignment: ['assignment.acknowledged'],
  createRunbook: ['runbook.created'],
  updateRunbookDraft: ['runbook.updated'],
  openIgThread: ['ig.thread_opened'],
  recordIgDecision: ['ig.decision_recorded'],
  createTeam: ['team.created'],
};

/** Where each creating kind stores its marker: the rows holding one of this run's markers. */
const MARKED: Partial<Record<Kind, string>> = {
  reportIncident: `SELECT title AS marker FROM incident WHERE title LIKE $1`,
  createAssignment: `SELECT title AS marker FROM assignment WHERE title LIKE $1`,
  createRunbook: `SELECT title AS marker FROM runbook WHERE title LIKE $1`,
  createTeam: `SELECT name AS marker FROM team WHERE name LIKE $1`,
  recordIgDecision: `SELECT rationale AS marker FROM ig_decision WHERE rationale LIKE $1`,
  addTimelineEntry: `SELECT changes->>'text' AS marker FROM audit_event
                      WHERE action = 'incident.timeline_entry_added' AND changes->>'text' LIKE $1`,
};

export interface Verdict {
  problems: string[];
  /** Unanswered requests whose change committed anyway (the commit went through, the answer did not). */
  committedUnanswered: number;
  codes: Record<string, number>;
  events: number;
}

/**
 * Compares what the clients were told with what the database holds: each request's audit
 * events (by request id) are exactly its kind's — or none for a failed one; each creating
 * kind's marked rows are exactly those of committed requests; every entity the clients
 * know is as they last saw it; and no audit event of their entities came from elsewhere.
 */
export async function verifyOutcomes(
  db: Client,
  records: RequestRecord[],
  states: ClientState[],
  run: string,
): Promise<Verdict> {
  const problems: string[] = [];
  const codes: Record<string, number> = {};
  const prefix = `rel-${run}-%`;
  const { rows: events } = await db.query<{ request_id: string; action: string; entity_id: string | null }>(
    `SELECT request_id, action, entity_id FROM audit_event WHERE request_id LIKE $1`,
    [prefix],
  );
  const byRequest = new Map<string, { action: string; entity_id: string | null }[]>();
  for (const e of events) byRequest.set(e.request_id, [...(byRequest.get(e.request_id) ?? []), e]);

  const committed = new Set<string>();
  let committedUnanswered = 0;
  for (const r of records) {
    const mine = byRequest.get(r.requestId) ?? [];
    const actions = mine.map((e) => e.action).sort();
    const expected = EXPECTED_ACTIONS[r.kind];
    const same = JSON.stringify(actions) === JSON.stringify(expected);
    const say = (what: string) =>
      problems.push(`${r.requestId} ${r.kind} ${r.outcome}: ${what} ${JSON.stringify(actions)}`);
    if (r.outcome === 'acknowledged') {
      if (!same) say('acknowledged, but its audit events are');
      if (!mine.some((e) => e.entity_id === r.entityId || e.entity_id === r.target)) say('no event names its entity');
      committed.add(r.requestId);
    } else if (r.outcome === 'injected') {
      if (actions.length) say('failed before COMMIT, yet wrote');
    } else if (r.outcome === 'failed') {
      codes[r.code ?? '?'] = (codes[r.code ?? '?'] ?? 0) + 1;
      if (actions.length && !same) say('unanswered, and only part of its change committed');
      if (same) {
        committed.add(r.requestId);
        committedUnanswered += 1;
      }
      if (r.changed !== undefined && r.changed !== same) say(`its entity changed=${r.changed}, its audit events`);
    } else say('acknowledged although it was to fail');
  }
  for (const id of byRequest.keys())
    if (!records.some((r) => r.requestId === id)) problems.push(`audit events of no request sent: ${id}`);

  for (const kind of KINDS) {
    const sql = MARKED[kind];
    if (!sql) continue;
    const { rows } = await db.query<{ marker: string }>(sql, [prefix]);
    const present = rows.map((row) => row.marker).sort();
    const want = records
      .filter((r) => r.kind === kind && committed.has(r.requestId))
      .map((r) => r.requestId)
      .sort();
    if (JSON.stringify(present) !== JSON.stringify(want))
      problems.push(`${kind}: rows ${JSON.stringify(present)} but committed ${JSON.stringify(want)}`);
  }

  for (const s of states) {
    for (const i of s.incidents) {
      const { rows } = await db.query(
        `SELECT i.version, i.status, t.id AS "threadId",
                EXISTS (SELECT 1 FROM ig_decision d WHERE d.thread_id = t.id) AS decided
           FROM incident i LEFT JOIN ig_thread t ON t.incident_id = i.id WHERE i.id = $1`,
        [i.id],
      );
      const want = { version: i.version, status: i.status, threadId: i.threadId ?? null, decided: i.decided === true };
      if (JSON.stringify(rows[0]) !== JSON.stringify(want))
        problems.push(`incident ${i.id}: ${JSON.stringify(rows[0])}, its client last saw ${JSON.stringify(want)}`);
    }
    for (const a of s.assignments) {
      const { rows } = await db.query(`SELECT version, status FROM assignment WHERE id = $1`, [a.id]);
      if (JSON.stringify(rows[0]) !== JSON.stringify({ version: a.version, status: a.status }))
        problems.push(`assignment ${a.id}: ${JSON.stringify(rows[0])}, its client last saw ${JSON.stringify(a)}`);
    }
    for (const b of s.runbooks) {
      const { rows } = await db.query(`SELECT version, description FROM runbook WHERE id = $1`, [b.id]);
      const want = { version: b.version, description: b.description ?? '' };
      if (JSON.stringify(rows[0]) !== JSON.stringify(want))
        problems.push(`runbook ${b.id}: ${JSON.stringify(rows[0])}, its client last saw ${JSON.stringify(want)}`);
    }
  }

  const entities = states.flatMap((s) => [
    ...s.incidents.map((i) => i.id),
    ...s.assignments.map((a) => a.id),
    ...s.runbooks.map((r) => r.id),
  ]);
  const { rows: foreign } = await db.query<{ request_id: string | null; action: string }>(
    `SELECT request_id, action FROM audit_event WHERE entity_id = ANY($1::text[])`,
    [entities],
  );
  for (const e of foreign)
    if (!e.request_id || !committed.has(e.request_id))
      problems.push(`an event of a known entity from no committed request: ${e.action} ${e.request_id}`);

  if (process.env.MUSTER_RELIABILITY_PROBE === '1') {
    const seen: Record<string, string[]> = {};
    for (const r of records)
      if (r.outcome === 'acknowledged') seen[r.kind] = (byRequest.get(r.requestId) ?? []).map((e) => e.action).sort();
    process.stdout.write(`probe: ${JSON.stringify(seen, null, 1)}\n`);
  }
  return { problems, committedUnanswered, codes, events: events.length };
}
