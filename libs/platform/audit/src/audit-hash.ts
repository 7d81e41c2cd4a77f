import { createHash, createHmac } from 'node:crypto';

/**
 * The fields an event's hash covers, as text exactly as they are stored: `occurredAt`
 * is the ISO-8601 instant in milliseconds, `changes` the canonical JSON text (`null`
 * when there is none) that the `changes` column keeps byte for byte.
 */
export interface HashedFields {
  chainId: string;
  seq: string;
  prevHash: string;
  occurredAt: string;
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
  changes: string;
  requestId: string | null;
  clientAddress: string | null;
}

const q = JSON.stringify;

/**
 * The canonical bytes an event's hash is taken over: RFC 8785 canonical JSON of
 * `{ v: 1, ...fields }`. Written out with its keys already in canonical order because
 * verification runs this a million times; `audit-hash.spec.ts` proves it equal to
 * `canonicalJson` of the same object.
 */
export function canonicalEvent(e: HashedFields): string {
  return (
    `{"action":${q(e.action)},"actorId":${q(e.actorId)},"actorLabel":${q(e.actorLabel)},"actorType":${q(e.actorType)}` +
    `,"chainId":${q(e.chainId)},"changes":${e.changes},"clientAddress":${q(e.clientAddress)}` +
    `,"entityId":${q(e.entityId)},"entityType":${q(e.entityType)},"incidentId":${q(e.incidentId)}` +
    `,"occurredAt":${q(e.occurredAt)},"organisationId":${q(e.organisationId)},"prevHash":${q(e.prevHash)}` +
    `,"requestId":${q(e.requestId)},"roles":${q(e.roles)},"seq":${q(e.seq)},"summary":${q(e.summary)},"v":1}`
  );
}

/** Hex digest of an event's canonical bytes. */
export type EventHasher = (canonical: string) => string;

/**
 * SHA-256 of canonical event bytes, or HMAC-SHA-256 when a key is configured (the UTF-8
 * bytes of the key as written), so that someone with database access alone cannot
 * recompute a forged chain. Node's own `createHmac`: the verifier's fast path
 * (fast-verify/canonical-hasher.ts) must give exactly these digests.
 */
export function eventHasher(hmacKey: string | undefined): EventHasher {
  if (!hmacKey) return (canonical) => createHash('sha256').update(canonical, 'utf8').digest('hex');
  return (canonical) => createHmac('sha256', hmacKey).update(canonical, 'utf8').digest('hex');
}
