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
 * SHA-256 of canonical event bytes, or HMAC-SHA-256 when a key is configured, so that
 * someone with database access alone cannot recompute a forged chain. The HMAC is
 * computed from its definition (RFC 2104) with one-shot hashes over one reused buffer:
 * `buffer` holds the inner pad in its first `start` bytes and the canonical bytes after
 * them, so a verifier can write an event's bytes straight into it and call `digest`.
 * Same digest as `createHmac`, at under half the cost per event. (The inner digest comes
 * back as a latin1 string: on Node 20 asking `hash()` for a Buffer costs more than the
 * hash itself.)
 */
export class CanonicalHasher {
  readonly start: number;
  private bytes: Buffer;
  private readonly innerPad: Buffer | null;
  private readonly outer: Buffer | null;

  constructor(hmacKey: string | undefined) {
    if (!hmacKey) {
      this.start = 0;
      this.innerPad = this.outer = null;
    } else {
      let key: Buffer = Buffer.from(hmacKey, 'utf8');
      if (key.length > BLOCK) key = createHash('sha256').update(key).digest();
      const pad = (byte: number) => Buffer.from(Array.from({ length: BLOCK }, (_, i) => (key[i] ?? 0) ^ byte));
      this.start = BLOCK;
      this.innerPad = pad(0x36);
      this.outer = Buffer.alloc(BLOCK + 32);
      pad(0x5c).copy(this.outer);
    }
    this.bytes = Buffer.alloc(8192);
    this.innerPad?.copy(this.bytes);
  }

  /** The buffer to write canonical bytes into, from `start`, with room for at least `length` of them. */
  buffer(length: number): Buffer {
    if (this.start + length > this.bytes.length) {
      this.bytes = Buffer.alloc(2 * (this.start + length));
      this.innerPad?.copy(this.bytes);
    }
    return this.bytes;
  }

  /** Hex digest of the canonical bytes written to `buffer()` from `start` up to `end`. */
  digest(end: number): string {
    const body = this.bytes.subarray(0, end);
    if (!this.outer) return sha256Once('sha256', body, 'hex');
    this.outer.write(sha256Once('sha256', body, 'binary'), BLOCK, 'latin1');
    return sha256Once('sha256', this.outer, 'hex');
  }

  /** Hex digest of a canonical event given as text. */
  hash(canonical: string): string {
    const buffer = this.buffer(Buffer.byteLength(canonical, 'utf8'));
    return this.digest(this.start + buffer.write(canonical, this.start, 'utf8'));
  }
}

/** A `CanonicalHasher` as a function of the canonical text. */
export function eventHasher(hmacKey: string | undefined): EventHasher {
  const hasher = new CanonicalHasher(hmacKey);
  return (canonical) => hasher.hash(canonical);
}
