import { DomainError } from '@muster/platform-core';
import { unstorableTextFields } from './validation.pipe';

/** What one sort key of a list holds, as PostgreSQL types it. */
export type CursorPart = 'text' | 'uuid' | 'timestamp' | 'bigint';

/** The sort key values of a row, as strings, one per part. */
export type CursorValues<P extends readonly CursorPart[]> = { -readonly [K in keyof P]: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Exactly what Date.prototype.toISOString writes: Date.parse alone accepts "1", which PostgreSQL does not.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const BIGINT = /^\d{1,19}$/;
const BIGINT_MAX = 9223372036854775807n;

/** Whether `value` can be bound to a parameter of that type without PostgreSQL refusing it. */
const FITS: Record<CursorPart, (value: string) => boolean> = {
  text: (value) => unstorableTextFields(value).length === 0,
  uuid: (value) => UUID.test(value),
  timestamp: (value) => ISO_TIMESTAMP.test(value) && new Date(value).toISOString() === value,
  bigint: (value) => BIGINT.test(value) && BigInt(value) <= BIGINT_MAX,
};

/**
 * The keyset cursor of one list: opaque to callers, the sort key values of the last row
 * inside, with the list's name. Decoding checks every value against the type of its sort
 * key, so what reaches SQL is what the list itself wrote; a cursor of another list, or
 * anything else, is BAD_USER_INPUT on `after` — never a database error.
 */
export class KeysetCursor<const P extends readonly CursorPart[]> {
  constructor(
    readonly list: string,
    readonly parts: P,
  ) {}

  encode(values: CursorValues<P>): string {
    return Buffer.from(JSON.stringify([this.list, ...values]), 'utf8').toString('base64url');
  }

  decode(cursor: string): CursorValues<P> {
    const values = parse(cursor);
    if (!Array.isArray(values) || !this.fits(values))
      throw DomainError.badInput('after', 'is not a cursor from this list');
    return values.slice(1) as CursorValues<P>;
  }

  private fits(values: unknown[]): boolean {
    return (
      values.length === this.parts.length + 1 &&
      values[0] === this.list &&
      this.parts.every((part, i) => {
        const value = values[i + 1];
        return typeof value === 'string' && FITS[part](value);
      })
    );
  }
}

function parse(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
