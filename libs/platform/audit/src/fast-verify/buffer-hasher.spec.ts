import fc from 'fast-check';
import { eventHasher } from '../audit-hash';
import { BufferHasher } from './buffer-hasher';

describe('the hasher the binary reader writes into', () => {
  it('gives the digest of eventHasher for the same text, event after event, with a key or without', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), { nil: undefined }),
        fc.array(fc.string({ unit: 'binary', maxLength: 20_000 }), { maxLength: 5 }),
        (key, texts) => {
          const hasher = new BufferHasher(key);
          // One hasher, many events, long and short: its reused buffer must not carry one into the next.
          for (const text of [...texts, ...texts.reverse()]) {
            const bytes = Buffer.from(text, 'utf8');
            bytes.copy(hasher.buffer(bytes.length));
            expect(hasher.digest(bytes.length)).toBe(eventHasher(key)(text));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
