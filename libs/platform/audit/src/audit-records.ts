/**
 * An audit event as read back for people and exports: what happened, who did it and
 * the chain links that let anyone re-verify it.
 */
export interface AuditEventRecord {
  id: string;
  chainId: string;
  seq: number;
  occurredAt: Date;
  actor: { type: string; id: string | null; label: string };
  organisationId: string | null;
  roles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  incidentId: string | null;
  summary: string;
  changes: unknown;
  requestId: string | null;
  clientAddress: string | null;
  prevHash: string;
  hash: string;
}

/**
 * The columns of `AuditEventRecord`, for `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_event`.
 * `id` and `seq` come as text: order by `audit_event.id`, never by the alias.
 */
export const AUDIT_RECORD_COLUMNS = `id::text AS id, chain_id, seq::text AS seq, occurred_at, actor_type, actor_id, actor_label,
  organisation_id, roles, action, entity_type, entity_id, incident_id, summary, changes, request_id, client_address,
  prev_hash, hash`;

export interface AuditEventRow {
  id: string;
  chain_id: string;
  seq: string;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  roles: string[];
  action: string;
  entity_type: string;
  entity_id: string | null;
  incident_id: string | null;
  summary: string;
  changes: unknown;
  request_id: string | null;
  client_address: string | null;
  prev_hash: string;
  hash: string;
}

export function toAuditEventRecord(r: AuditEventRow): AuditEventRecord {
  return {
    id: r.id,
    chainId: r.chain_id,
    seq: Number(r.seq),
    occurredAt: r.occurred_at,
    actor: { type: r.actor_type, id: r.actor_id, label: r.actor_label },
    organisationId: r.organisation_id,
    roles: r.roles,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    incidentId: r.incident_id,
    summary: r.summary,
    changes: r.changes ?? null,
    requestId: r.request_id,
    clientAddress: r.client_address,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
