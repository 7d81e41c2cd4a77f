import { createHash, createHmac } from 'node:crypto';

/**
 * Hashes the canonical bytes the binary reader writes straight into its buffer: SHA-256,
 * or HMAC-SHA-256 keyed with the UTF-8 bytes of AUDIT_HMAC_KEY — Node's `createHash` and
 * `createHmac`, so the digests are those of `eventHasher` (audit-hash.ts) for the same
 * bytes. (A hand-written HMAC that derived the pads once per chain was measured and did not
 * earn its place: README.md.)
 */
export class BufferHasher {
  private bytes = Buffer.alloc(8192);

  constructor(private readonly hmacKey: string | undefined) {}

  /** The buffer to write canonical bytes into, from 0, with room for at least `length` of them. */
  buffer(length: number): Buffer {
    if (length > this.bytes.length) this.bytes = Buffer.alloc(2 * length);
    return this.bytes;
  }

  /** Hex digest of the canonical bytes written to `buffer()` up to `end`. */
  digest(end: number): string {
    const body = this.bytes.subarray(0, end);
    return (this.hmacKey ? createHmac('sha256', this.hmacKey) : createHash('sha256')).update(body).digest('hex');
  }
}
