import { GraphQLError } from 'graphql';
import { DomainError } from '@muster/platform-core';

// graphql-js's own texts, typo included (graphql is pinned; test/security covers both).
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables/;

/**
 * Errors of the caller's making that graphql-js raises without a code, as BAD_USER_INPUT:
 * a document over GRAPHQL_MAX_TOKENS (graphql-js stops parsing it), and a variable with
 * more invalid values than graphql-js reports one by one (50; they come before this one).
 * Anything else: undefined.
 */
export function clientInputError(raw: unknown): DomainError | undefined {
  if (!(raw instanceof GraphQLError)) return undefined;
  const message = (raw.originalError ?? raw).message;
  const tokens = TOKEN_LIMIT.exec(message);
  if (tokens) return DomainError.badInput('query', `more than ${tokens[1]} tokens (limit GRAPHQL_MAX_TOKENS)`);
  if (VARIABLE_ERROR_LIMIT.test(message) && !raw.extensions?.code) {
    return DomainError.badInput(
      'variables',
      'too many invalid values; the errors before this one list the first of them',
    );
  }
  return undefined;
}
