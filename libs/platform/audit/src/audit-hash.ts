import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields covered by an event's hash, in the shape they are stored. */
export interface HashedFields {
  chainId: string;
  seq: string;
  prevHash: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  organisationId: string | null;
  roles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  incidentId: string | null;
  summary: string;
  changes: Record<string, unknown> | null;
  requestId: string | null;
  clientAddress: string | null;
}

/** The canonical bytes an event's hash is taken over. */
export function canonicalEvent(e: HashedFields): string {
  return canonicalJson({
    v: 1,
    chainId: e.chainId,
    seq: String(e.seq),
    prevHash: e.prevHash,
    occurredAt: e.occurredAt.toISOString(),
    actorType: e.actorType,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    organisationId: e.organisationId,
    roles: e.roles,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    incidentId: e.incidentId,
    summary: e.summary,
    changes: e.changes,
    requestId: e.requestId,
    clientAddress: e.clientAddress,
  });
}

/**
 * SHA-256 of the canonical event, or HMAC-SHA-256 when a key is configured, so that
 * someone with database access alone cannot recompute a forged chain.
 */
export function hashEvent(e: HashedFields, hmacKey: string | undefined): string {
  const body = canonicalEvent(e);
  return hmacKey
    ? createHmac('sha256', hmacKey).update(body).digest('hex')
    : createHash('sha256').update(body).digest('hex');
}
