import { createHash, hash as sha256Once } from 'node:crypto';

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

const BLOCK = 64;

/**
 * SHA-256 of the canonical event, or HMAC-SHA-256 when a key is configured, so that
 * someone with database access alone cannot recompute a forged chain. The HMAC is
 * computed from its definition (RFC 2104) with one-shot hashes over reused buffers:
 * the same digest as `createHmac`, at about half the cost per event.
 */
export function eventHasher(hmacKey: string | undefined): EventHasher {
  if (!hmacKey) return (canonical) => sha256Once('sha256', canonical, 'hex');
  let key: Buffer = Buffer.from(hmacKey, 'utf8');
  if (key.length > BLOCK) key = createHash('sha256').update(key).digest();
  const pad = (byte: number) => Buffer.from(Array.from({ length: BLOCK }, (_, i) => (key[i] ?? 0) ^ byte));
  const ipad = pad(0x36);
  const outer = Buffer.alloc(BLOCK + 32);
  pad(0x5c).copy(outer);
  let inner: Buffer = Buffer.alloc(4096);
  ipad.copy(inner);
  return (canonical) => {
    const needed = BLOCK + Buffer.byteLength(canonical, 'utf8');
    if (needed > inner.length) {
      inner = Buffer.alloc(needed * 2);
      ipad.copy(inner);
    }
    const written = inner.write(canonical, BLOCK, 'utf8');
    sha256Once('sha256', inner.subarray(0, BLOCK + written), 'buffer').copy(outer, BLOCK);
    return sha256Once('sha256', outer, 'hex');
  };
}

/** One event's hash (for a single event; loops should keep one `eventHasher`). */
export function hashEvent(e: HashedFields, hmacKey: string | undefined): string {
  return eventHasher(hmacKey)(canonicalEvent(e));
}
