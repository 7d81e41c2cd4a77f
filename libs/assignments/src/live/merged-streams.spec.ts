import { mergedStreams } from './merged-streams';

async function* source(values: number[], delayMs: number) {
  for (const v of values) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    yield v;
  }
}

describe('mergedStreams', () => {
  it('yields every event of every source, as they come, and ends when all have', async () => {
    const seen: number[] = [];
    for await (const v of mergedStreams([source([1, 3, 5], 5), source([2, 4], 7)])) seen.push(v);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('ends every source on return', async () => {
    const a = source([1, 2, 3], 1);
    const b = source([4, 5, 6], 1);
    const merged = mergedStreams([a, b]);
    await merged.next();
    await merged.return?.();
    expect(await a.next()).toEqual({ value: undefined, done: true });
    expect(await b.next()).toEqual({ value: undefined, done: true });
  });
});
