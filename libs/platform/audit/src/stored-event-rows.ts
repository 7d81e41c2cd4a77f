import type { ClientBase } from 'pg';
import { canonicalEvent, EventHasher, HashedFields } from './audit-hash';
import { fieldsMatchHash, StoredEvent } from './stored-event';

/**
 * Stored events read the plain way: an ordinary SELECT per page of sequence numbers,
 * every value as the text PostgreSQL sends, each event's canonical JSON built by
 * `canonicalEvent` and hashed by `eventHasher` (`createHmac`). It is the executable
 * specification of the binary reader in fast-verify/: for every stored row both must
 * give the same fields, the same canonical bytes and the same verdict.
 *
 * What no appended event can hold reads as no fields at all (the event cannot match):
 * a NULL where the table says NOT NULL, roles in two dimensions, numbered from other than
 * 1 or with a NULL element, a time beyond what a Date holds.
 */
const COLUMNS = `seq::text AS seq, prev_hash, hash,
  (extract(epoch FROM occurred_at) * 1000000)::text AS occurred_us,
  actor_type, actor_id, actor_label, organisation_id,
  CASE WHEN cardinality(roles) = 0 THEN roles
       WHEN array_ndims(roles) = 1 AND array_lower(roles, 1) = 1 AND array_position(roles, NULL) IS NULL THEN roles
  END AS roles,
  action, entity_type, entity_id, incident_id, summary, changes::text AS changes, request_id, client_address`;

interface Row {
  seq: string;
  prev_hash: string | null;
  hash: string | null;
  occurred_us: string | null;
  actor_type: string | null;
  actor_id: string | null;
  actor_label: string | null;
  organisation_id: string | null;
  roles: string[] | null;
  action: string | null;
  entity_type: string | null;
  entity_id: string | null;
  incident_id: string | null;
  summary: string | null;
  changes: string | null;
  request_id: string | null;
  client_address: string | null;
}

/** Events per page: each page is one statement on a snapshot of its own. */
export const STORED_EVENT_PAGE = 5_000;

/** One stored event as plain text fields; `fields` is null when it cannot be an appended event. */
export class StoredEventRow implements StoredEvent {
  constructor(
    readonly seq: number,
    readonly prevHash: string,
    readonly hash: string,
    readonly fields: HashedFields | null,
    private readonly hasher: EventHasher,
  ) {}

  /** The bytes the hash is taken over (null without fields). */
  canonicalText(): string | null {
    return this.fields && canonicalEvent(this.fields);
  }

  matchesHash(): boolean {
    return this.fields !== null && fieldsMatchHash(this.fields, this.hash, this.hasher);
  }
}

/**
 * Reads the events `from`..`to` of a chain in sequence order, a page at a time (the next
 * page is asked for while this one is checked), calling `onEvent` for each until it
 * returns false. Resolves with the number of events read.
 */
export async function readStoredEventRows(
  client: ClientBase,
  chainId: string,
  range: { from: number; to: number },
  hasher: EventHasher,
  onEvent: (event: StoredEventRow) => boolean | void,
  pageSize = STORED_EVENT_PAGE,
): Promise<number> {
  const page = (from: number) =>
    client.query<Row>(
      `SELECT ${COLUMNS} FROM audit_event WHERE chain_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY audit_event.seq`,
      [chainId, from, Math.min(range.to, from + pageSize - 1)],
    );
  let read = 0;
  let next = range.from <= range.to ? page(range.from) : null;
  for (let from = range.from; next; from += pageSize) {
    const { rows } = await next;
    next = from + pageSize <= range.to ? page(from + pageSize) : null;
    for (const row of rows) {
      read += 1;
      if (onEvent(toStoredEvent(chainId, row, hasher)) === false) {
        await next?.catch(() => undefined);
        return read;
      }
    }
  }
  return read;
}

function toStoredEvent(chainId: string, row: Row, hasher: EventHasher): StoredEventRow {
  return new StoredEventRow(Number(row.seq), row.prev_hash ?? '', row.hash ?? '', fieldsOf(chainId, row), hasher);
}

function fieldsOf(chainId: string, r: Row): HashedFields | null {
  const occurredAt = r.occurred_us === null ? null : instant(Number(r.occurred_us));
  const {
    prev_hash: prevHash,
    actor_type: actorType,
    actor_label: actorLabel,
    action,
    entity_type: entityType,
    summary,
  } = r;
  if (occurredAt === null || r.roles === null || r.hash === null || Number(r.seq) < 1) return null;
  if (
    prevHash === null ||
    actorType === null ||
    actorLabel === null ||
    action === null ||
    entityType === null ||
    summary === null
  )
    return null;
  return {
    chainId,
    seq: r.seq,
    prevHash,
    occurredAt,
    actorType,
    actorId: r.actor_id,
    actorLabel,
    organisationId: r.organisation_id,
    roles: r.roles,
    action,
    entityType,
    entityId: r.entity_id,
    incidentId: r.incident_id,
    summary,
    changes: r.changes ?? 'null',
    requestId: r.request_id,
    clientAddress: r.client_address,
  };
}

/**
 * The instant as the appender hashed it (`Date#toISOString`, milliseconds); a stored
 * time with sub-millisecond digits keeps them, so an edit below the millisecond shows.
 */
function instant(micros: number): string | null {
  const ms = Math.floor(micros / 1000);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const iso = new Date(ms).toISOString();
  const sub = micros - ms * 1000;
  return sub === 0 ? iso : `${iso.slice(0, -1)}${String(sub).padStart(3, '0')}Z`;
}
