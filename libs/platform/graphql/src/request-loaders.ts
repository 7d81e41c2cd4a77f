/** How many times each long-lived context has started afresh (see renewRequestLoaders). */
const generations = new WeakMap<object, number>();

/**
 * Starts new loaders for a context that outlives one answer: a subscription's, whose
 * context graphql-ws creates once and uses for every delivery. Called before each
 * delivery, so its nested fields are read anew instead of from the first delivery's cache.
 */
export function renewRequestLoaders(request: object): void {
  generations.set(request, (generations.get(request) ?? 0) + 1);
}

/**
 * The DataLoaders of one request, built on first use and kept on the request's GraphQL
 * context (a WeakMap key, so they go with it): the loader providers stay singletons, no
 * request scope spreads, and batching and caching never cross requests — or callers, when
 * `build` scopes its loaders to the request's principal. Each nested field then costs one
 * query per request, whatever the page size.
 */
export class RequestLoaders<L, A extends unknown[] = []> {
  private readonly byRequest = new WeakMap<object, { generation: number; loaders: L }>();

  constructor(private readonly build: (...args: A) => L) {}

  /** The loaders of this request (`@Context() ctx`), built from `args` the first time (and after each renewal). */
  for(request: object, ...args: A): L {
    const generation = generations.get(request) ?? 0;
    let entry = this.byRequest.get(request);
    if (!entry || entry.generation !== generation) {
      entry = { generation, loaders: this.build(...args) };
      this.byRequest.set(request, entry);
    }
    return entry.loaders;
  }
}

/** A batch's answer by id: the row with each requested id, or null (DataLoader wants one per key, in order). */
export function rowsByIds<R>(ids: readonly string[], rows: readonly R[], idOf: (row: R) => string): (R | null)[] {
  const found = new Map(rows.map((r) => [idOf(r), r]));
  return ids.map((id) => found.get(id) ?? null);
}

/** A batch's answer by parent id: the rows of each requested parent, in the order given. */
export function rowsGroupedByIds<R>(ids: readonly string[], rows: readonly R[], parentOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(parentOf(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}
