import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { canonicalEvent, canonicalJson, EventHasher, GENESIS_HASH, HashedFields } from '@muster/platform-audit';

const ACTIONS: [string, string, string][] = [
  ['runbook.approved', 'runbook', 'approved runbook "Ransomware: first 72 hours" version'],
  ['incident.declared', 'incident', 'declared incident INC-2026-'],
  ['assignment.completed', 'assignment', 'completed the assignment "Isolate affected hosts" of step'],
  ['sitrep.published', 'sitrep', 'published SitRep number'],
  ['decision.recorded', 'decision', 'recorded the IG decision on incident'],
  ['user.created', 'user', 'created the account of a new responder, number'],
];

/** A realistic event of one organisation's chain: who, what, the change, the request. */
function fields(chainId: string, seq: number, prevHash: string, people: string[], incidents: string[]): HashedFields {
  const [action, entityType, words] = ACTIONS[seq % ACTIONS.length];
  const kind = seq % 20;
  const person = people[seq % people.length];
  const withChanges = seq % 10 < 7;
  return {
    chainId,
    seq: String(seq),
    prevHash,
    occurredAt: new Date(Date.UTC(2026, 0, 1) + seq * 1_000).toISOString(),
    actorType: kind === 0 ? 'SYSTEM' : kind < 3 ? 'API_KEY' : 'USER',
    actorId: kind === 0 ? null : person,
    actorLabel:
      kind === 0 ? 'system' : kind < 3 ? 'SOC SIEM connector' : `responder${seq % people.length}@trust.nhs.uk`,
    organisationId: chainId,
    roles: kind % 2 ? [`INCIDENT_COMMANDER@${chainId}`] : [`ORG_ADMIN@${chainId}`, `RESPONDER@${chainId}`],
    action,
    entityType,
    entityId: randomUUID(),
    incidentId: seq % 3 === 0 ? incidents[seq % incidents.length] : null,
    summary: `responder${seq % people.length} ${words} ${seq % 997}`,
    changes: withChanges
      ? canonicalJson({
          before: { status: 'IN_REVIEW', version: seq % 7 },
          after: { status: 'APPROVED', version: (seq % 7) + 1 },
        })
      : 'null',
    requestId: randomUUID(),
    clientAddress: `10.${seq % 250}.${(seq >> 8) % 250}.7`,
  };
}

// One JSON parameter per batch: serialised natively, parsed once (jsonb) by the server.
const INSERT = `
  INSERT INTO audit_event (chain_id, seq, occurred_at, actor_type, actor_id, actor_label, organisation_id, roles, action,
    entity_type, entity_id, incident_id, summary, changes, request_id, client_address, prev_hash, hash)
  SELECT $1, (r->>0)::bigint, (r->>1)::timestamptz, r->>2, (r->>3)::uuid, r->>4, $2::uuid, (r->>5)::text[], r->>6,
    r->>7, r->>8, (r->>9)::uuid, r->>10, (r->>11)::json, r->>12, r->>13, r->>14, r->>15
  FROM jsonb_array_elements($3::jsonb) AS r`;

// Indexes only the reading API uses: a bulk load is faster without them, and verification reads by (chain_id, seq).
const READ_INDEXES = [
  'audit_event_incident',
  'audit_event_entity',
  'audit_event_organisation',
  'audit_event_actor',
  'audit_event_time',
];

/**
 * Writes a valid chain of `events` events straight into `audit_event` (the bulk path:
 * JSON batches, unlogged, without the read-path indexes), linked and hashed exactly as the
 * appender would have. Returns the head hash.
 */
export async function generateChain(
  client: Client,
  chainId: string,
  events: number,
  hasher: EventHasher,
  log: (line: string) => void,
): Promise<string> {
  const people = Array.from({ length: 50 }, () => randomUUID());
  const incidents = Array.from({ length: 20 }, () => randomUUID());
  await client.query(`SET synchronous_commit = off`);
  await client.query(`INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES ($1, 0, $2)`, [
    chainId,
    GENESIS_HASH,
  ]);
  for (const index of READ_INDEXES) await client.query(`DROP INDEX ${index}`);
  // A throwaway database: no write-ahead log for the load (reads are the same either way).
  await client.query(`ALTER TABLE audit_event SET UNLOGGED`);
  const batchSize = 10_000;
  let prev = GENESIS_HASH;
  let pending: Promise<unknown> = Promise.resolve();
  for (let start = 1; start <= events; start += batchSize) {
    const rows: unknown[][] = [];
    for (let seq = start; seq < Math.min(events + 1, start + batchSize); seq++) {
      const f = fields(chainId, seq, prev, people, incidents);
      const hash = hasher(canonicalEvent(f));
      rows.push([
        seq,
        f.occurredAt,
        f.actorType,
        f.actorId,
        f.actorLabel,
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
      ]);
      prev = hash;
    }
    // The next batch is hashed while this one is written.
    await pending;
    pending = client.query(INSERT, [chainId, chainId, JSON.stringify(rows)]);
    if ((start - 1) % 200_000 === 0 && start > 1) log(`generated ${(start - 1).toLocaleString('en-GB')} events`);
  }
  await pending;
  await client.query(`UPDATE audit_chain SET last_seq = $2, last_hash = $3 WHERE chain_id = $1`, [
    chainId,
    events,
    prev,
  ]);
  await client.query(`ANALYZE audit_event`);
  return prev;
}
