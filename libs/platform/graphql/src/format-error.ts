import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, isDatabaseUnavailable } from '@muster/platform-core';
import { clientInputError } from './client-input-errors';

/** Codes Apollo or graphql-js produce themselves that are safe to pass through. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Nest HTTP exceptions that can escape guards and pipes, mapped to our codes. */
const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

export interface ErrorReporter {
  (error: unknown): void;
}

/**
 * The one mapper from errors to the API: domain errors keep their code, message and
 * field details; everything else becomes INTERNAL_SERVER_ERROR with a generic message
 * (outside development), so no stack trace, SQL or path ever reaches a caller.
 */
export function createErrorFormatter(exposeInternals: boolean, report: ErrorReporter) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    // Resolver, guard and pipe errors arrive wrapped in a GraphQLError; some graphql-js
    // errors without a code are the caller's doing (client-input-errors.ts).
    const error = clientInputError(raw) ?? (raw instanceof GraphQLError && raw.originalError ? raw.originalError : raw);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (error instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: error.code };
      if (error.fields.length) extensions.fields = error.fields;
      if (error.code !== ErrorCode.INTERNAL) return { ...base, message: error.message, extensions };
    }
    // Counted and logged once per outage by the service-unavailable plugin, not reported here.
    if (isDatabaseUnavailable(error)) {
      const { code, message } = DomainError.serviceUnavailable();
      return { ...base, message, extensions: { code } };
    }
    const status = httpStatus(error);
    if (status && HTTP_STATUS_CODES[status]) {
      return { ...base, message: httpMessage(error), extensions: { code: HTTP_STATUS_CODES[status] } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { ...base, extensions: { code } };
    }
    report(error);
    return {
      ...base,
      message: exposeInternals ? formatted.message : 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL },
    };
  };
}

function httpStatus(error: unknown): number | undefined {
  const getStatus = (error as { getStatus?: () => number })?.getStatus;
  return typeof getStatus === 'function' ? getStatus.call(error) : undefined;
}

function httpMessage(error: unknown): string {
  const message = (error as Error).message;
  return typeof message === 'string' && message.length < 200 ? message : 'Request refused';
}
