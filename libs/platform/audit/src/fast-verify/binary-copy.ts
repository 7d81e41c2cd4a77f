import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/** `read` found the tuple at the offset cut off at the end of the bytes it was given. */
export const COPY_INCOMPLETE = -1;
/** `read` found the end-of-data marker. */
export const COPY_TRAILER = -2;

/** Reads one tuple of a binary COPY: returns the offset after it, or one of the markers above. */
export interface BinaryTupleReader {
  read(buf: Buffer, offset: number, end: number): number;
}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = SIGNATURE.length + 8;

/**
 * Streams `COPY (<select>) TO STDOUT (FORMAT binary)` through `reader`, calling
 * `onTuple` after each tuple it reads, and resolves with the number of tuples. Binary
 * COPY is the cheapest way out of PostgreSQL for every row of a large range: no text
 * output functions on the server, no per-row message parsing in the driver; the socket
 * is read only as fast as the tuples are consumed, so memory stays at a few chunks.
 * COPY takes no parameters: `select` must carry its values as safe literals.
 *
 * A failure while reading (a malformed stream, a throwing `onTuple`) stops the reading
 * but not the stream: the rest is drained before the error is thrown, because a COPY
 * abandoned half-way leaves its connection unusable for whoever gets it next.
 */
export async function readBinaryCopy(
  client: ClientBase,
  select: string,
  reader: BinaryTupleReader,
  onTuple: () => void,
): Promise<number> {
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT (FORMAT binary)`));
  const tuples = new TupleSplitter(reader, onTuple);
  let failure: { error: unknown } | null = null;
  for await (const data of stream as AsyncIterable<Buffer>) {
    if (failure) continue;
    try {
      tuples.push(data);
    } catch (error) {
      failure = { error };
    }
  }
  if (failure) throw failure.error;
  return tuples.finish();
}

/** Cuts a binary COPY's bytes, as they arrive in chunks, into tuples for a reader. */
export class TupleSplitter {
  private pending: Buffer | null = null;
  private started = false;
  private ended = false;
  private count = 0;

  constructor(
    private readonly reader: BinaryTupleReader,
    private readonly onTuple: () => void,
  ) {}

  push(data: Buffer): void {
    if (this.ended) return;
    const buf: Buffer = this.pending ? Buffer.concat([this.pending, data]) : data;
    this.pending = null;
    let p = 0;
    if (!this.started) {
      const signed = buf.subarray(0, SIGNATURE.length);
      if (!signed.equals(SIGNATURE.subarray(0, signed.length))) throw new Error('not a binary COPY stream');
      if (buf.length < HEADER || buf.length < HEADER + buf.readInt32BE(HEADER - 4)) {
        this.pending = buf;
        return;
      }
      p = HEADER + buf.readInt32BE(HEADER - 4);
      this.started = true;
    }
    while (!this.ended) {
      const next = this.reader.read(buf, p, buf.length);
      if (next === COPY_TRAILER) this.ended = true;
      else if (next === COPY_INCOMPLETE) break;
      else {
        p = next;
        this.count += 1;
        this.onTuple();
      }
    }
    if (!this.ended && p < buf.length) this.pending = buf.subarray(p);
  }

  /** The number of tuples read; throws when the stream stopped before its trailer. */
  finish(): number {
    if (!this.ended) throw new Error('binary COPY ended without its trailer');
    return this.count;
  }
}
