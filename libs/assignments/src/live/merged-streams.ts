/**
 * One stream of the events of several: the next event of whichever source has one first.
 * `return()` ends every source (and so a subscription waiting for an event). No source:
 * a stream that ends at once.
 */
export function mergedStreams<T>(sources: AsyncIterableIterator<T>[]): AsyncIterableIterator<T> {
  if (sources.length === 1) return sources[0];
  const pull = (i: number) => sources[i].next().then((result) => ({ i, result }));
  const pending = new Map(sources.map((_, i) => [i, pull(i)] as const));
  let ended = false;
  const stream: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      while (!ended && pending.size) {
        const { i, result } = await Promise.race(pending.values());
        if (result.done) {
          pending.delete(i);
          continue;
        }
        pending.set(i, pull(i));
        return { value: result.value, done: false };
      }
      return { value: undefined, done: true };
    },
    async return(): Promise<IteratorResult<T>> {
      ended = true;
      await Promise.all(sources.map((s) => (s.return ? s.return() : Promise.resolve(null))));
      return { value: undefined, done: true };
    },
    async throw(error?: unknown): Promise<IteratorResult<T>> {
      await stream.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
