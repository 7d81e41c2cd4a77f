import type { ClientBase } from 'pg';
import { EventHasher, eventHasher, HashedFields } from '../audit-hash';
import { fieldsMatchHash, StoredEvent } from '../stored-event';
import { BinaryTupleReader, COPY_INCOMPLETE, COPY_TRAILER, readBinaryCopy } from './binary-copy';
import { BufferHasher } from './buffer-hasher';

/**
 * The columns verification reads, in the order of the canonical event's keys (with
 * `chainId` between `actorType` and `changes`, and `hash` last): one pass over a tuple
 * writes the canonical bytes front to back.
 */
export const STORED_EVENT_COLUMNS =
  'action, actor_id, actor_label, actor_type, changes, client_address, entity_id, entity_type, incident_id, ' +
  'occurred_at, organisation_id, prev_hash, request_id, roles, seq, summary, hash';

const KEYS = [
  'action',
  'actorId',
  'actorLabel',
  'actorType',
  'changes',
  'clientAddress',
  'entityId',
  'entityType',
  'incidentId',
  'occurredAt',
  'organisationId',
  'prevHash',
  'requestId',
  'roles',
  'seq',
  'summary',
] as const;
// Column positions in a tuple.
const ACTION = 0,
  ACTOR_ID = 1,
  ACTOR_LABEL = 2,
  ACTOR_TYPE = 3,
  CHANGES = 4,
  CLIENT_ADDRESS = 5,
  ENTITY_ID = 6;
const ENTITY_TYPE = 7,
  INCIDENT_ID = 8,
  OCCURRED_AT = 9,
  ORGANISATION_ID = 10,
  PREV_HASH = 11,
  REQUEST_ID = 12;
const ROLES = 13,
  SEQ = 14,
  SUMMARY = 15,
  HASH = 16;
const COLUMNS = 17;
/** The NOT NULL text columns: stored NULL, they must not read as an empty string. */
const REQUIRED = [ACTION, ACTOR_LABEL, ACTOR_TYPE, ENTITY_TYPE, PREV_HASH, SUMMARY, HASH];

/** Milliseconds from the Unix epoch to PostgreSQL's (2000-01-01T00:00:00Z). */
const PG_EPOCH_MS = 946_684_800_000;
const DAY_MS = 86_400_000;
const HEX = Buffer.from('0123456789abcdef', 'latin1');
const NULL = Buffer.from('null', 'latin1');
const TAIL = Buffer.from(',"v":1}', 'latin1');
/** Bytes a JSON string must escape: controls, `"` and `\`. */
const ESCAPE = new Uint8Array(256).map((_, byte) => (byte < 0x20 || byte === 0x22 || byte === 0x5c ? 1 : 0));
const SHORT_ESCAPE: Record<number, number> = {
  0x08: 0x62,
  0x09: 0x74,
  0x0a: 0x6e,
  0x0c: 0x66,
  0x0d: 0x72,
  0x22: 0x22,
  0x5c: 0x5c,
};

const int32 = (b: Buffer, p: number) => (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
const int64 = (b: Buffer, p: number) => int32(b, p) * 4_294_967_296 + (int32(b, p + 4) >>> 0);

/**
 * Reads the events of one chain from a binary `COPY` of `STORED_EVENT_COLUMNS`, one
 * tuple at a time, and checks each against its hash. It is the hot loop of verifying a
 * million events, so it does not build strings: it writes the event's canonical bytes
 * (exactly what `canonicalEvent` gives for the same fields) straight from the tuple into
 * the hasher's buffer. When those bytes do not match, the event is decoded to text and
 * checked again the plain way (`canonicalEvent`, `createHmac`): a second opinion that
 * alone decides it was changed, so a flaw in the fast path could only cost time.
 * The reader itself is the `StoredEvent` of the tuple read last.
 */
export class StoredEventReader implements BinaryTupleReader, StoredEvent {
  seq = 0;
  prevHash = '';
  hash = '';
  private buf: Buffer = Buffer.alloc(0);
  private src: Bytes = viewOf(this.buf);
  private dst: Bytes = viewOf(this.buf);
  /** Where each column's bytes start in `buf`, and how many (-1 for NULL). */
  private readonly at = new Int32Array(COLUMNS);
  private readonly len = new Int32Array(COLUMNS);
  private readonly prefix: Buffer[];
  private readonly hasher: BufferHasher;
  private readonly hashText: EventHasher;
  private cachedDay = NaN;
  private cachedDate = Buffer.alloc(0);

  constructor(
    readonly chainId: string,
    hmacKey: string | undefined,
  ) {
    this.hasher = new BufferHasher(hmacKey);
    this.hashText = eventHasher(hmacKey);
    this.prefix = KEYS.map((key, i) =>
      Buffer.from(
        `${i === CHANGES ? `,"chainId":${JSON.stringify(chainId)}` : ''}${i === 0 ? '{' : ','}"${key}":`,
        'utf8',
      ),
    );
  }

  read(buf: Buffer, p: number, end: number): number {
    if (p + 2 > end) return COPY_INCOMPLETE;
    const columns = (buf[p] << 8) | buf[p + 1];
    if (columns === 0xffff) return COPY_TRAILER;
    if (columns !== COLUMNS) throw new Error(`expected ${COLUMNS} columns per event, got ${columns}`);
    let q = p + 2;
    for (let c = 0; c < COLUMNS; c++) {
      if (q + 4 > end) return COPY_INCOMPLETE;
      const n = int32(buf, q);
      q += 4;
      this.at[c] = q;
      this.len[c] = n;
      if (n > 0) q += n;
    }
    if (q > end) return COPY_INCOMPLETE;
    if (buf !== this.buf) {
      this.buf = buf;
      this.src = viewOf(buf);
    }
    this.seq = this.len[SEQ] === 8 ? int64(buf, this.at[SEQ]) : -1;
    this.prevHash = this.text(PREV_HASH) ?? '';
    this.hash = this.text(HASH) ?? '';
    return q;
  }

  matchesHash(): boolean {
    if (this.hasher.digest(this.writeCanonical()) === this.hash) return true;
    const fields = this.fields();
    return fields !== null && fieldsMatchHash(fields, this.hash, this.hashText);
  }

  /** The canonical bytes the fast path hashes, as text (for tests and diagnosis: equal to `canonicalEvent(fields())`). */
  canonicalText(): string {
    const end = this.writeCanonical();
    return this.hasher.buffer(0).toString('utf8', 0, end);
  }

  /**
   * The event's hashed fields as text; null when a column holds what no appended event can
   * (a 2-D role array, a NULL where the table says NOT NULL), so the event cannot match.
   */
  fields(): HashedFields | null {
    const roles = this.roles();
    const occurredAt = this.instant();
    if (!roles || occurredAt === null || this.seq < 1 || REQUIRED.some((c) => this.len[c] < 0)) return null;
    return {
      chainId: this.chainId,
      seq: String(this.seq),
      prevHash: this.prevHash,
      occurredAt,
      actorType: this.text(ACTOR_TYPE) ?? '',
      actorId: this.uuid(ACTOR_ID),
      actorLabel: this.text(ACTOR_LABEL) ?? '',
      organisationId: this.uuid(ORGANISATION_ID),
      roles,
      action: this.text(ACTION) ?? '',
      entityType: this.text(ENTITY_TYPE) ?? '',
      entityId: this.text(ENTITY_ID),
      incidentId: this.uuid(INCIDENT_ID),
      summary: this.text(SUMMARY) ?? '',
      changes: this.text(CHANGES) ?? 'null',
      requestId: this.text(REQUEST_ID),
      clientAddress: this.text(CLIENT_ADDRESS),
    };
  }

  /** Writes the canonical bytes into the hasher's buffer; returns where they end. */
  private writeCanonical(): number {
    const { buf, src, at, len } = this;
    // Worst case every byte becomes a six-byte \u escape; the keys and chain id come on top.
    const out = this.hasher.buffer(6 * (at[HASH] - at[0]) + 1024 + 2 * this.chainId.length);
    if (out !== this.dst.buf) this.dst = viewOf(out);
    const { dst } = this;
    let w = 0;
    for (let c = 0; c < KEYS.length; c++) {
      w += this.prefix[c].copy(out, w);
      const p = at[c];
      const n = len[c];
      if (n < 0) {
        w += NULL.copy(out, w);
        continue;
      }
      switch (c) {
        case ACTOR_ID:
        case INCIDENT_ID:
        case ORGANISATION_ID:
          w = n === 16 ? writeUuid(buf, p, out, w) : writeString(src, p, p + n, dst, w);
          break;
        case CHANGES:
          w += buf.copy(out, w, p, p + n);
          break;
        case OCCURRED_AT:
          w = this.writeInstant(p, n, out, w);
          break;
        case ROLES:
          w = writeTextArray(src, p, n, dst, w);
          break;
        case SEQ:
          out[w++] = 0x22;
          w += out.write(String(this.seq), w, 'latin1');
          out[w++] = 0x22;
          break;
        default:
          w = writeString(src, p, p + n, dst, w);
      }
    }
    return w + TAIL.copy(out, w);
  }

  /** `"2026-11-28T09:00:00.123Z"`: the date part is formatted once per day seen in a row (events of a chain mostly share days). */
  private writeInstant(p: number, n: number, out: Buffer, w: number): number {
    const micros = n === 8 ? int64(this.buf, p) : NaN;
    const ms = Math.floor(micros / 1000) + PG_EPOCH_MS;
    const day = Math.floor(ms / DAY_MS);
    if (day !== this.cachedDay) {
      const iso = isoInstant(micros);
      if (iso === null) return w + NULL.copy(out, w);
      this.cachedDay = day;
      this.cachedDate = Buffer.from(iso.slice(0, iso.indexOf('T') + 1), 'latin1');
    }
    out[w++] = 0x22;
    w += this.cachedDate.copy(out, w);
    let t = ms - day * DAY_MS;
    const hours = Math.floor(t / 3_600_000);
    t -= hours * 3_600_000;
    const minutes = Math.floor(t / 60_000);
    t -= minutes * 60_000;
    const seconds = Math.floor(t / 1000);
    t -= seconds * 1000;
    w = writeDigits(out, w, hours, 2);
    out[w++] = 0x3a;
    w = writeDigits(out, w, minutes, 2);
    out[w++] = 0x3a;
    w = writeDigits(out, w, seconds, 2);
    out[w++] = 0x2e;
    w = writeDigits(out, w, t, 3);
    const sub = micros - Math.floor(micros / 1000) * 1000;
    if (sub !== 0) w = writeDigits(out, w, sub, 3);
    out[w++] = 0x5a;
    out[w++] = 0x22;
    return w;
  }

  private instant(): string | null {
    return this.len[OCCURRED_AT] === 8 ? isoInstant(int64(this.buf, this.at[OCCURRED_AT])) : null;
  }

  private text(c: number): string | null {
    return this.len[c] < 0 ? null : this.buf.toString('utf8', this.at[c], this.at[c] + this.len[c]);
  }

  private uuid(c: number): string | null {
    if (this.len[c] !== 16) return this.text(c);
    const hex = this.buf.toString('hex', this.at[c], this.at[c] + 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private roles(): string[] | null {
    const { buf } = this;
    const p = this.at[ROLES];
    if (this.len[ROLES] < 12) return null;
    const dimensions = int32(buf, p);
    if (dimensions === 0) return [];
    if (dimensions !== 1 || int32(buf, p + 16) !== 1) return null;
    const out: string[] = [];
    let q = p + 20;
    for (let i = int32(buf, p + 12); i > 0; i--) {
      const n = int32(buf, q);
      if (n < 0) return null;
      out.push(buf.toString('utf8', q + 4, q + 4 + n));
      q += 4 + n;
    }
    return out;
  }
}

/**
 * Reads the events `from`..`to` of the reader's chain in sequence order; after each one
 * the reader is that event. (COPY takes no parameters: the chain id goes in as a quoted
 * literal, the bounds as integers.)
 */
export function readStoredEvents(
  client: ClientBase,
  reader: StoredEventReader,
  from: number,
  to: number,
  onEvent: () => void,
): Promise<number> {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) throw new Error('sequence bounds must be integers');
  const select =
    `SELECT ${STORED_EVENT_COLUMNS} FROM audit_event ` +
    `WHERE chain_id = ${client.escapeLiteral(reader.chainId)} AND seq BETWEEN ${from} AND ${to} ORDER BY seq`;
  return readBinaryCopy(client, select, reader, onEvent);
}

/**
 * The instant as the appender hashed it (`Date#toISOString`, milliseconds); a stored
 * time with sub-millisecond digits keeps them, so an edit below the millisecond shows.
 */
function isoInstant(micros: number): string | null {
  const ms = Math.floor(micros / 1000) + PG_EPOCH_MS;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const iso = new Date(ms).toISOString();
  const sub = micros - Math.floor(micros / 1000) * 1000;
  return sub === 0 ? iso : `${iso.slice(0, -1)}${String(sub).padStart(3, '0')}Z`;
}

function writeDigits(out: Buffer, w: number, value: number, digits: number): number {
  for (let i = digits - 1; i >= 0; i--) {
    out[w + i] = 0x30 + (value % 10);
    value = Math.floor(value / 10);
  }
  return w + digits;
}

function writeUuid(buf: Buffer, p: number, out: Buffer, w: number): number {
  out[w++] = 0x22;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out[w++] = 0x2d;
    const byte = buf[p + i];
    out[w++] = HEX[byte >> 4];
    out[w++] = HEX[byte & 15];
  }
  out[w++] = 0x22;
  return w;
}

/** The bytes of a tuple and of the canonical output, with views for reading and writing four at a time. */
interface Bytes {
  buf: Buffer;
  view: DataView;
}

const viewOf = (buf: Buffer): Bytes => ({ buf, view: new DataView(buf.buffer, buf.byteOffset, buf.byteLength) });

/**
 * UTF-8 bytes as a JSON string, escaped exactly as `JSON.stringify` escapes. Runs of
 * four bytes that need no escape (no control byte, `"` or `\`: tested at once with
 * the bit tricks for "has a zero byte" / "has a byte less than n") are copied as one
 * 32-bit word; the rest byte by byte. More than twice as fast as a byte loop on text.
 */
function writeString(src: Bytes, p: number, end: number, dst: Bytes, w: number): number {
  const { buf, view } = src;
  const out = dst.buf;
  out[w++] = 0x22;
  let i = p;
  for (; i + 4 <= end; i += 4) {
    const x = view.getUint32(i, true);
    const quote = x ^ 0x22222222;
    const backslash = x ^ 0x5c5c5c5c;
    const control = (x - 0x20202020) & ~x;
    const special = control | ((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash);
    if ((special & 0x80808080) !== 0) break;
    dst.view.setUint32(w, x, true);
    w += 4;
  }
  for (; i < end; i++) {
    const byte = buf[i];
    if (ESCAPE[byte] === 0) {
      out[w++] = byte;
      continue;
    }
    out[w++] = 0x5c;
    const short = SHORT_ESCAPE[byte];
    if (short !== undefined) {
      out[w++] = short;
    } else {
      out[w++] = 0x75;
      out[w++] = 0x30;
      out[w++] = 0x30;
      out[w++] = HEX[byte >> 4];
      out[w++] = HEX[byte & 15];
    }
  }
  out[w++] = 0x22;
  return w;
}

/** A one-dimensional `text[]` in binary form as a JSON array of strings. */
function writeTextArray(src: Bytes, p: number, n: number, dst: Bytes, w: number): number {
  const { buf } = src;
  const out = dst.buf;
  const dimensions = n >= 12 ? int32(buf, p) : -1;
  // What an appended event holds: no dimensions (empty), or one starting at index 1.
  if (dimensions !== 0 && (dimensions !== 1 || int32(buf, p + 16) !== 1)) return w + NULL.copy(out, w);
  out[w++] = 0x5b;
  let q = p + 20;
  for (let i = dimensions === 1 ? int32(buf, p + 12) : 0, first = true; i > 0; i--, first = false) {
    if (!first) out[w++] = 0x2c;
    const length = int32(buf, q);
    q += 4;
    if (length < 0) {
      w += NULL.copy(out, w);
      continue;
    }
    w = writeString(src, q, q + length, dst, w);
    q += length;
  }
  out[w++] = 0x5d;
  return w;
}
