import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';

/** What PostgreSQL's timestamptz and people's dates have in common: years 1 to 9999. */
const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

function inRange(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  const time = date.getTime();
  if (Number.isNaN(time) || time < EARLIEST || time > LATEST) {
    throw new GraphQLError('DateTime must be a date-time between the years 1 and 9999', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/**
 * `DateTime`, as Nest's ISO date-time scalar, refusing an instant outside the years 1 to
 * 9999 when it is read: JavaScript dates reach 271,821 BC, PostgreSQL's only 4713 BC, and a
 * date the database cannot store must be the caller's error (BAD_USER_INPUT), not a 500
 * (found by test/security/fuzz-mutations.spec.ts).
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: `${GraphQLISODateTime.description} Years 1 to 9999.`,
  serialize: (value) => GraphQLISODateTime.serialize(value),
  parseValue: (value) => inRange(GraphQLISODateTime.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables) => inRange(GraphQLISODateTime.parseLiteral(ast, variables)),
});
