import { AUDIT_RECORD_COLUMNS, AuditEventRecord, AuditEventRow, toAuditEventRecord } from './audit-records';

/** What part of the trail to read. Every field narrows; none set means everything in scope. */
export interface AuditFilter {
  /** A whole chain: an organisation id or `ics` (operators' export; the API filters by organisation). */
  chainId?: string | null;
  organisationId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: string | null;
  incidentId?: string | null;
  /** occurredAt ≥ from */
  from?: Date | null;
  /** occurredAt < to */
  to?: Date | null;
}

/**
 * Which events a reader may see: all of them (system-wide roles), or those of a list of
 * organisations. ICS-chain events (no organisation) only ever fall in `all`.
 */
export type AuditScope = { all: true } | { all: false; organisationIds: string[] };

const EQUALS: [keyof AuditFilter, string][] = [
  ['chainId', 'chain_id'],
  ['organisationId', 'organisation_id'],
  ['entityType', 'entity_type'],
  ['entityId', 'entity_id'],
  ['actorId', 'actor_id'],
  ['action', 'action'],
  ['incidentId', 'incident_id'],
];

/** SQL conditions (joined with AND) for a filter within a scope; values are pushed to `params`. */
export function auditConditions(filter: AuditFilter, scope: AuditScope, params: unknown[]): string[] {
  const where: string[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!scope.all) where.push(`organisation_id = ANY(${bind(scope.organisationIds)}::uuid[])`);
  for (const [field, column] of EQUALS) {
    const value = filter[field];
    if (value !== undefined && value !== null) where.push(`${column} = ${bind(value)}`);
  }
  if (filter.from) where.push(`occurred_at >= ${bind(filter.from)}`);
  if (filter.to) where.push(`occurred_at < ${bind(filter.to)}`);
  return where;
}

export type SqlQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

export const EXPORT_BATCH_SIZE = 1_000;

/**
 * Streams the events of a filter, oldest first, as NDJSON lines: one JSON object per
 * event with everything needed to re-verify it. Reads in keyset batches on id, up to
 * the newest event when the export began, and awaits `write` after each batch, so a
 * slow reader slows the export instead of filling memory. Returns the number of events.
 */
export async function exportAuditTrail(
  query: SqlQuery,
  filter: AuditFilter,
  scope: AuditScope,
  write: (lines: string) => Promise<void>,
  batchSize = EXPORT_BATCH_SIZE,
): Promise<number> {
  const [{ maxId }] = (await query(`SELECT coalesce(max(id), 0)::text AS "maxId" FROM audit_event`, [])) as {
    maxId: string;
  }[];
  let after = '0';
  let count = 0;
  for (;;) {
    const params: unknown[] = [];
    const where = auditConditions(filter, scope, params);
    params.push(after, maxId);
    where.push(`id > $${params.length - 1}`, `id <= $${params.length}`);
    const rows = (await query(
      `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_event WHERE ${where.join(' AND ')} ORDER BY audit_event.id LIMIT ${batchSize}`,
      params,
    )) as AuditEventRow[];
    if (rows.length)
      await write(rows.map((row) => `${JSON.stringify(toExportLine(toAuditEventRecord(row)))}\n`).join(''));
    count += rows.length;
    if (rows.length < batchSize) return count;
    after = rows[rows.length - 1].id;
  }
}

function toExportLine(e: AuditEventRecord): Record<string, unknown> {
  return { ...e, occurredAt: e.occurredAt.toISOString() };
}
