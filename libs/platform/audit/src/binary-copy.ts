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
 */
export async function readBinaryCopy(client: ClientBase, select: string, reader: BinaryTupleReader, onTuple: () => void): Promise<number> {
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT (FORMAT binary)`));
  let pending: Buffer | null = null;
  let started = false;
  let ended = false;
  let tuples = 0;
  for await (const data of stream as AsyncIterable<Buffer>) {
    const buf: Buffer = pending ? Buffer.concat([pending, data]) : data;
    pending = null;
    let p = 0;
    if (!started) {
      if (buf.length < HEADER || buf.length < HEADER + buf.readInt32BE(HEADER - 4)) {
        pending = buf;
        continue;
      }
      if (!buf.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a binary COPY stream');
      p = HEADER + buf.readInt32BE(HEADER - 4);
      started = true;
    }
    while (!ended) {
      const next = reader.read(buf, p, buf.length);
      if (next === COPY_TRAILER) ended = true;
      else if (next === COPY_INCOMPLETE) break;
      else {
        p = next;
        tuples += 1;
        onTuple();
      }
    }
    if (!ended && p < buf.length) pending = buf.subarray(p);
  }
  if (!ended) throw new Error('binary COPY ended without its trailer');
  return tuples;
}
