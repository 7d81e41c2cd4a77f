/**
 * How a live event travels: JSON, with every Date as `{ "$date": "<ISO 8601>" }` so that it
 * arrives as a Date again (plain JSON would turn it into a string, and a GraphQL DateTime
 * field or a comparison downstream would then see another type). The in-process transport
 * sends every payload through the same round trip, so a publisher tested on one process
 * gets exactly what it would get through Redis:
 * - plain objects, arrays, strings, finite numbers, booleans, null and Dates round-trip;
 * - `undefined` properties disappear and NaN/Infinity become null (JSON's rules);
 * - class instances arrive as plain objects (their own enumerable fields only);
 * - a BigInt, a cycle, or an object whose only key is `$date` cannot be sent: `encode`
 *   throws, in the publisher, so the mistake shows in the first test that publishes it.
 */
const DATE = '$date';

export function encodeLiveEvent(payload: unknown): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key: string, value: unknown) {
    // `value` is after toJSON(); the holder still has the Date itself.
    const raw = this[key];
    if (raw instanceof Date) {
      if (Number.isNaN(raw.getTime())) throw new TypeError(`live event field "${key}" is an invalid Date`);
      return { [DATE]: raw.toISOString() };
    }
    if (isTaggedDate(value))
      throw new TypeError(`live event field "${key}" has "${DATE}" as its only key, which is reserved for dates`);
    return value;
  });
}

export function decodeLiveEvent<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => (isTaggedDate(value) ? new Date(value[DATE]) : value)) as T;
}

function isTaggedDate(value: unknown): value is { [DATE]: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === DATE && typeof (value as Record<string, unknown>)[DATE] === 'string';
}
