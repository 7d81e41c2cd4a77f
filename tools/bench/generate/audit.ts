import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { canonicalEvent, canonicalJson, EventHasher, GENESIS_HASH, HashedFields } from '@muster/platform-audit';
import { Prng } from './prng';

/** An incident whose timeline a chain carries. */
export interface TimelineIncident {
  id: string;
  reference: string;
  reportedAt: Date;
}

/** One chain to write: `events` events, the incidents' timelines first, then other work. */
export interface ChainPlan {
  chainId: string;
  /** The organisation whose people act (md5('user' || o || '-' || k)); null: 50 people drawn from the generator. */
  organisationNumber: number | null;
  incidents: TimelineIncident[];
  /** The organisation's assignments, which its 'assignment' events name (their history); none: ids drawn. */
  assignments?: string[];
  timelinePerIncident: number;
  events: number;
  /** Events before the first: the chain's head when writing began (GENESIS_HASH for a new chain). */
  start: { seq: number; hash: string };
}

const TIMELINE: [string, string, string][] = [
  ['incident.reported', 'incident', 'reported'],
  ['incident.declared', 'incident', 'declared: level 1'],
  ['incident.role_assigned', 'incident_role_assignment', 'the declaring commander holds the commander role'],
  ['incident.methane_submitted', 'incident_methane', 'METHANE report, revision 1'],
  ['incident.organisation_added', 'incident', 'organisation added'],
  ['incident.role_assigned', 'incident_role_assignment', 'deputy assigned'],
  ['incident.sitrep_submitted', 'incident_sitrep', 'SitRep submitted'],
  ['incident.timeline_entry_added', 'incident_timeline_entry', 'timeline entry'],
  ['incident.decision_recorded', 'incident_decision', 'decision recorded'],
  ['incident.level_changed', 'incident', 'level changed'],
];

const WORK: [string, string, string][] = [
  ['runbook.approved', 'runbook', 'approved runbook "Ransomware: first 72 hours" version'],
  ['incident.declared', 'incident', 'declared incident INC-2026-'],
  ['assignment.completed', 'assignment', 'completed the assignment "Isolate affected hosts" of step'],
  ['sitrep.published', 'sitrep', 'published SitRep number'],
  ['decision.recorded', 'decision', 'recorded the IG decision on incident'],
  ['user.created', 'user', 'created the account of a new responder, number'],
];

export function md5Uuid(text: string): string {
  // Same as md5(text)::uuid in PostgreSQL.
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const COLUMNS = `chain_id, seq, occurred_at, actor_type, actor_id, actor_label, organisation_id, roles, action, entity_type,
  entity_id, incident_id, summary, changes, request_id, client_address, prev_hash, hash`;

/** A value in COPY's text format. */
function copyValue(v: string | null): string {
  if (v === null) return '\\N';
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : v;
}

/** The fields of every event of one chain, in order, each linked to the one before. */
function* chainEvents(plan: ChainPlan, prng: Prng, epoch: number): Generator<HashedFields> {
  const { chainId } = plan;
  const o = plan.organisationNumber;
  const people =
    o === null
      ? Array.from({ length: 50 }, () => prng.uuid())
      : Array.from({ length: 10 }, (_, k) => md5Uuid(`user${o}-${k + 1}`));
  const label = (p: number) => (o === null ? `responder${p}@trust.nhs.uk` : `u${o}-${p + 1}@bench.nhs.uk`);
  const incidents = plan.incidents.length
    ? plan.incidents.map((i) => i.id)
    : Array.from({ length: 20 }, () => prng.uuid());
  let seq = plan.start.seq;
  let written = 0;
  for (const incident of plan.incidents) {
    for (let e = 0; e < plan.timelinePerIncident && written < plan.events; e++, written++) {
      seq += 1;
      const [action, entityType, words] = TIMELINE[e % TIMELINE.length];
      const manual = entityType === 'incident_timeline_entry';
      yield {
        chainId,
        seq: String(seq),
        prevHash: '',
        occurredAt: new Date(incident.reportedAt.getTime() + e * 7 * 60_000).toISOString(),
        actorType: 'USER',
        actorId: people[0],
        actorLabel: label(0),
        organisationId: chainId,
        roles: [`INCIDENT_COMMANDER@${chainId}`],
        action,
        entityType,
        entityId: incident.id,
        incidentId: incident.id,
        summary: `${incident.reference} ${words}`,
        changes: canonicalJson(
          manual ? { text: `Entry ${e} of ${incident.reference}`, correctsEntryId: null } : { step: e },
        ),
        requestId: `bench-${seq}`,
        clientAddress: '10.0.0.7',
      };
    }
  }
  for (; written < plan.events; written++) {
    seq += 1;
    const [action, entityType, words] = WORK[prng.int(WORK.length)];
    const kind = prng.int(20);
    const p = prng.int(people.length);
    const withChanges = prng.next() < 0.7;
    const version = prng.int(7);
    yield {
      chainId,
      seq: String(seq),
      prevHash: '',
      occurredAt: new Date(epoch + seq * 1_000).toISOString(),
      actorType: kind === 0 ? 'SYSTEM' : kind < 3 ? 'API_KEY' : 'USER',
      actorId: kind === 0 ? null : people[p],
      actorLabel: kind === 0 ? 'system' : kind < 3 ? 'SOC SIEM connector' : label(p),
      organisationId: chainId,
      roles: kind % 2 ? [`INCIDENT_COMMANDER@${chainId}`] : [`ORG_ADMIN@${chainId}`, `RESPONDER@${chainId}`],
      action,
      entityType,
      entityId: entityType === 'assignment' && plan.assignments?.length ? prng.pick(plan.assignments) : prng.uuid(),
      incidentId: prng.int(3) === 0 ? incidents[prng.int(incidents.length)] : null,
      summary: `responder${p} ${words} ${prng.int(997)}`,
      changes: withChanges
        ? canonicalJson({
            before: { status: 'IN_REVIEW', version },
            after: { status: 'APPROVED', version: version + 1 },
          })
        : 'null',
      requestId: prng.uuid(),
      clientAddress: `10.${prng.int(250)}.${prng.int(250)}.7`,
    };
  }
}

/**
 * Writes the chains into `audit_event` with COPY, every event hashed over its canonical bytes
 * with `hasher` and linked to the one before exactly as the appender writes them (so
 * `verifyAuditChain` accepts each chain), and sets each chain's head. The read-path indexes
 * are dropped for the load and built again afterwards unless `keepReadIndexesDropped`
 * (verification reads by the primary key only). Returns the events written and each chain's head.
 */
export async function writeChains(
  db: Client,
  plans: ChainPlan[],
  hasher: EventHasher,
  prng: Prng,
  o: { epoch: Date; log: (line: string) => void; keepReadIndexesDropped?: boolean },
): Promise<{ events: number; heads: Map<string, { seq: number; hash: string }> }> {
  const indexes = (
    await db.query<{ name: string; definition: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = 'audit_event'::regclass
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    )
  ).rows;
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  await db.query(
    `INSERT INTO audit_chain (chain_id, last_seq, last_hash)
     SELECT unnest($1::text[]), 0, $2 ON CONFLICT (chain_id) DO NOTHING`,
    [plans.map((p) => p.chainId), GENESIS_HASH],
  );
  const heads = new Map<string, { seq: number; hash: string }>();
  let events = 0;
  let nextLog = 200_000;
  const epoch = o.epoch.getTime();
  function* lines(): Generator<string> {
    let chunk = '';
    for (const plan of plans) {
      let prev = plan.start.hash;
      let seq = plan.start.seq;
      for (const f of chainEvents(plan, prng, epoch)) {
        f.prevHash = prev;
        const hash = hasher(canonicalEvent(f));
        chunk += `${[
          f.chainId,
          f.seq,
          f.occurredAt,
          f.actorType,
          f.actorId,
          f.actorLabel,
          f.organisationId,
          `{${f.roles.join(',')}}`,
          f.action,
          f.entityType,
          f.entityId,
          f.incidentId,
          f.summary,
          f.changes === 'null' ? null : f.changes,
          f.requestId,
          f.clientAddress,
          prev,
          hash,
        ]
          .map(copyValue)
          .join('\t')}\n`;
        prev = hash;
        seq = Number(f.seq);
        events += 1;
        if (chunk.length > 1 << 20) {
          yield chunk;
          chunk = '';
        }
        if (events === nextLog) {
          o.log(`hashed ${events.toLocaleString('en-GB')} audit events`);
          nextLog += 200_000;
        }
      }
      heads.set(plan.chainId, { seq, hash: prev });
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), db.query(copyFrom(`COPY audit_event (${COLUMNS}) FROM STDIN`)));
  const chains = [...heads.keys()];
  await db.query(
    `UPDATE audit_chain c SET last_seq = h.seq, last_hash = h.hash
       FROM unnest($1::text[], $2::bigint[], $3::text[]) AS h (chain_id, seq, hash) WHERE c.chain_id = h.chain_id`,
    [chains, chains.map((c) => heads.get(c)?.seq), chains.map((c) => heads.get(c)?.hash)],
  );
  if (!o.keepReadIndexesDropped) for (const index of indexes) await db.query(index.definition);
  await db.query(`ANALYZE audit_event`);
  return { events, heads };
}
