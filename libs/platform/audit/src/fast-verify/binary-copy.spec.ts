import { BinaryTupleReader, COPY_INCOMPLETE, COPY_TRAILER, TupleSplitter } from './binary-copy';

/** A binary COPY of one int4 column holding `values`, with a header extension of `extension` bytes. */
function copyOf(values: number[], extension = 0): Buffer {
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), int32(0), int32(extension), Buffer.alloc(extension, 7)];
  for (const v of values) parts.push(Buffer.from([0, 1]), int32(4), int32(v));
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
}

function int32(v: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
}

/** Reads the one-column tuples, as StoredEventReader reads its seventeen. */
class IntReader implements BinaryTupleReader {
  readonly seen: number[] = [];
  value = 0;
  read(buf: Buffer, p: number, end: number): number {
    if (p + 2 > end) return COPY_INCOMPLETE;
    if (buf.readInt16BE(p) === -1) return COPY_TRAILER;
    if (p + 10 > end) return COPY_INCOMPLETE;
    this.value = buf.readInt32BE(p + 6);
    return p + 10;
  }
}

function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const edges = [0, ...cuts, bytes.length];
  return edges.slice(1).map((end, i) => bytes.subarray(edges[i], end));
}

function readAll(chunks: Buffer[]): number[] {
  const reader = new IntReader();
  const splitter = new TupleSplitter(reader, () => reader.seen.push(reader.value));
  chunks.forEach((c) => splitter.push(c));
  expect(splitter.finish()).toBe(reader.seen.length);
  return reader.seen;
}

describe('cutting a binary COPY into tuples', () => {
  const values = [1, -2, 300_000, 4];
  const bytes = copyOf(values, 5);

  it('reads every tuple wherever the chunks are cut, the header and trailer included', () => {
    for (let cut = 1; cut < bytes.length; cut++) expect(readAll(split(bytes, [cut]))).toEqual(values);
    expect(
      readAll(
        split(
          bytes,
          Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
        ),
      ),
    ).toEqual(values);
  });

  it('refuses a stream that is not a binary COPY, or that stops before its trailer', () => {
    expect(() => readAll([Buffer.from('PGCOPY\nnot binary at all, really', 'latin1')])).toThrow(
      'not a binary COPY stream',
    );
    expect(() => readAll([bytes.subarray(0, bytes.length - 2)])).toThrow('ended without its trailer');
  });
});
