/** How many times each long-lived context has started afresh (see renewRequestLoaders). */
const generations = new WeakMap<object, number>();
/** The delivery a long-lived context's caller-independent loaders are shared with, since its last renewal. */
const sharedScopes = new WeakMap<object, object>();

/**
 * Starts new loaders for a context that outlives one answer: a subscription's, whose
 * context graphql-ws creates once and uses for every delivery. Called before each
 * delivery, so its nested fields are read anew instead of from the first delivery's cache.
 *
 * With `shared` (an object made for one event, e.g. by the code that read it once for all
 * its subscribers), the loaders that do not depend on the caller (built without arguments)
 * are those of `shared`, the same for every context renewed with it: the nested fields of
 * one event cost one statement each, whatever the number of subscribers, and the next
 * event's object starts empty again. Loaders scoped to a caller (built from the principal)
 * stay the context's own.
 */
export function renewRequestLoaders(request: object, shared?: object): void {
  generations.set(request, (generations.get(request) ?? 0) + 1);
  if (shared) sharedScopes.set(request, shared);
  else sharedScopes.delete(request);
}

/**
 * The DataLoaders of one request, built on first use and kept on the request's GraphQL
 * context (a WeakMap key, so they go with it): the loader providers stay singletons, no
 * request scope spreads, and batching and caching never cross requests — or callers, when
 * `build` scopes its loaders to the request's principal. Each nested field then costs one
 * query per request, whatever the page size. (The one crossing: the deliveries of one live
 * event renewed with the same `shared` object share the loaders built without arguments.)
 */
export class RequestLoaders<L, A extends unknown[] = []> {
  private readonly byRequest = new WeakMap<object, { generation: number; loaders: L }>();

  constructor(private readonly build: (...args: A) => L) {}

  /** The loaders of this request (`@Context() ctx`), built from `args` the first time (and after each renewal). */
  for(request: object, ...args: A): L {
    // Loaders built from arguments (the caller) are never shared.
    const key = (args.length === 0 && sharedScopes.get(request)) || request;
    const generation = generations.get(key) ?? 0;
    let entry = this.byRequest.get(key);
    if (!entry || entry.generation !== generation) {
      entry = { generation, loaders: this.build(...args) };
      this.byRequest.set(key, entry);
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
