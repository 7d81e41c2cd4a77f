import { startTestApp, TestApp, providerInstances, rootHandlers } from '@muster/testing';

type Method = (...args: unknown[]) => unknown;

/** How many times each root handler (Query, Mutation, Subscription) of the app was called. */
export interface ResolverCounter {
  /** Every call so far, by schema field (`Query.apiKeys`). */
  calls: Map<string, number>;
  total(): number;
}

/**
 * Starts the app with every root handler counted, so a suite can prove that a refused
 * request ran no resolver at all (not only that it answered an error). Nest captures each
 * handler when it builds the schema, so the handlers are found on a first app, wrapped on
 * their classes' prototypes (keeping the metadata the guards and the schema read from the
 * function), and a second app is started with them. The wrap lasts for the test file (each
 * jest file has its own module registry).
 */
export async function startCountedApp(
  options: Parameters<typeof startTestApp>[0] = {},
): Promise<{ t: TestApp; counter: ResolverCounter }> {
  const scout = await startTestApp(options);
  const handlers = rootHandlers(providerInstances(scout.app));
  await scout.close();
  const calls = new Map<string, number>();
  const wrapped = new Set<unknown>();
  for (const { field, handler, owner } of handlers) {
    if (wrapped.has(handler)) continue;
    wrapped.add(handler);
    const [prototype, method] = holderOf(owner.prototype as Record<string, Method>, handler, field);
    const original = handler as unknown as Method;
    const counted = function (this: unknown, ...args: unknown[]) {
      calls.set(field, (calls.get(field) ?? 0) + 1);
      return original.apply(this, args);
    };
    for (const key of Reflect.getOwnMetadataKeys(original))
      Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, original), counted);
    Object.defineProperty(counted, 'name', { value: original.name });
    prototype[method] = counted;
  }
  if (handlers.length < 50) throw new Error(`only ${handlers.length} root handlers found`);
  const t = await startTestApp(options);
  return { t, counter: { calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) } };
}

/** The object of the prototype chain that holds `handler` (a base class may), and its name there. */
function holderOf(
  prototype: Record<string, Method> | null,
  handler: unknown,
  field: string,
): [Record<string, Method>, string] {
  for (let at = prototype; at && at !== Object.prototype; at = Object.getPrototypeOf(at) as Record<string, Method>) {
    const name = Object.getOwnPropertyNames(at).find((n) => n !== 'constructor' && at?.[n] === handler);
    if (name) return [at, name];
  }
  throw new Error(`cannot find the method of ${field}`);
}
