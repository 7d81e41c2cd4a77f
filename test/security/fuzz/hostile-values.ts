import fc from 'fast-check';

/**
 * Hostile values for each kind of GraphQL input. Each is something a client can send in a
 * JSON body; a number JSON.stringify cannot write (1e309, -0) is a RawJson, written as is.
 */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `${RAW_MARK}${this.text}${RAW_MARK}`;
  }
  toString(): string {
    return this.text;
  }
}

const RAW_MARK = '\u0007raw\u0007';
const RAW_PATTERN = /"\\u0007raw\\u0007(.*?)\\u0007raw\\u0007"/g;

/** JSON text with RawJson values written as the literal they hold. */
export function rawLiterals(json: string): string {
  return json.replace(RAW_PATTERN, '$1');
}

/** The request body, RawJson values written as the literal they hold. */
export function requestBody(query: string, variables: unknown): string {
  return rawLiterals(JSON.stringify({ query, variables }));
}

/** A string of `length` (a pattern repeated: huge strings are generated, not shrunk). */
const huge = (length: number) =>
  fc
    .constantFrom('x', 'é', '😀', '\u0000', 'ab\u0000', "'")
    .map((unit) => unit.repeat(Math.ceil(length / unit.length)));

const SPECIAL_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'before\u0000after',
  '\uD800',
  'lone \uDFFF surrogate',
  '\uDBFF\uDBFF',
  '\uFEFF',
  '\u202Eright-to-left',
  'e\u0301\u0301\u0301',
  '😀👩‍⚕️',
  "1' OR '1'='1",
  "'; DROP TABLE app_user; --",
  '%',
  '_',
  '\\',
  '\\u0000',
  '$1',
  '${process.env}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '%00',
  '%s%s%s%n',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x7fffffff',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
];

export const hostileString: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.integer({ min: 200, max: 20_000 }).chain(huge), weight: 2 },
  // Near the 1 MB body limit, and over it.
  { arbitrary: fc.constantFrom(300_000, 900_000, 1_100_000).chain(huge), weight: 1 },
);

const BOUNDARY_INTEGERS = [
  0,
  1,
  -1,
  2 ** 15 - 1,
  2 ** 15,
  -(2 ** 15) - 1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e21,
  -1e21,
];
const RAW_NUMBERS = ['-0', '1e309', '-1e309', '1e-400', '9007199254740993', '0.1e1', '1E2', '-0.0'];

export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...BOUNDARY_INTEGERS), weight: 4 },
  { arbitrary: fc.constantFrom(...RAW_NUMBERS).map((n) => new RawJson(n)), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  { arbitrary: fc.integer(), weight: 2 },
  { arbitrary: fc.constantFrom('1', 'NaN', 'Infinity', '-0', '1e309', ''), weight: 1 },
);

const INVALID_DATES = [
  '',
  'not a date',
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-11-01T25:61:61Z',
  '2026-11-01',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '-000001-01-01T00:00:00Z',
  '2026-11-01T00:00:00+99:00',
  'Sun Nov 29 2026',
  '1e309',
  '-0',
];

export const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...INVALID_DATES), weight: 4 },
  { arbitrary: fc.constantFrom(0, -1, 8.64e15, 8.64e15 + 1, -8.64e15 - 1, 1e21), weight: 1 },
  // Every instant JavaScript has, 271,821 BC to AD 275,760: once a date before PostgreSQL's first
  // timestamp (4713 BC) was a 500 ("timestamp out of range"); the DateTime scalar refuses years
  // outside 1–9999 now (date-time.scalar.ts).
  { arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), weight: 2 },
);

/** A calendar day or time of day in a String (`YYYY-MM-DD`, `HH:MM`). */
export const hostileDay: fc.Arbitrary<unknown> = fc.constantFrom(
  '2026-02-29',
  '2024-02-29',
  '2026-02-30',
  '0000-00-00',
  '9999-99-99',
  '10000-01-01',
  '0001-01-01',
  '-2026-01-01',
  '2026-1-1',
  '24:00',
  '23:60',
  '-1:00',
  '99:99',
  '2030-31',
  '2030-2031',
  '1999-00',
);

export const hostileId = (known: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...known), weight: 4 },
    { arbitrary: fc.uuid(), weight: 3 },
    {
      arbitrary: fc.constantFrom(
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
        '{00000000-0000-4000-8000-000000000000}',
        '00000000000040008000000000000000',
        '00000000-0000-4000-8000-00000000000g',
        '1',
        '0',
        '-1',
      ),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(...known).map((id) => id.toUpperCase()), weight: 1 },
    { arbitrary: fc.constantFrom(1, 0, -1, 2 ** 31, 1.5), weight: 1 },
    { arbitrary: hostileString, weight: 1 },
  );

export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      { '\u0000': 1 },
      { a: '\u0000' },
      { a: '\uD800' },
      JSON.parse('{"__proto__": {"admin": true}}') as unknown,
    ),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 50, max: 2_000 }).map(nested), weight: 1 },
  { arbitrary: hostileString, weight: 1 },
);

/** An object `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A value of another shape than the type asks for. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(true, false, 0, 1.5, 'text', [], [null], {}, { extra: 1 }, [[[]]]),
  fc.constantFrom(...BOUNDARY_INTEGERS),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
);

/** An enum value that is not one (or is one, misspelt). */
export const hostileEnum = (values: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...values).map((v) => v.toLowerCase()),
    fc.constantFrom(...values).map((v) => `${v} `),
    fc.constantFrom(...values).map((v) => `${v}\u0000`),
    hostileString,
  );
