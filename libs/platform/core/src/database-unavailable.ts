/**
 * The one decision of what "the database cannot answer now" looks like, whichever layer
 * the error surfaced in (node-postgres, its pool, TypeORM's QueryFailedError, a passport
 * strategy). Such a failure says nothing about the request — the caller's credentials or
 * input may be fine — so it is answered SERVICE_UNAVAILABLE, never UNAUTHENTICATED or a
 * masked INTERNAL_SERVER_ERROR.
 */

/** Socket-level failures to reach the server (Node system error codes). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs of a server that is going, gone or not yet back: class 08
 * (connection exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
 * connect now (starting up, recovering), 53300 too many connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres, pg-pool and TypeORM say these in words only (no code). */
const MESSAGES = [
  /^Connection terminated/, // unexpectedly, or due to connection timeout
  /^timeout exceeded when trying to connect$/, // waiting for a pooled connection
  /^timeout expired$/, // a client's connect timeout
  /^Client has encountered a connection error and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^Driver not Connected$/,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(isUnavailableCause);
}

/** A short, safe description of why (for the one log line of an outage): a code or a message. */
export function databaseUnavailableReason(error: unknown): string {
  const cause = causes(error).find(isUnavailableCause) as { code?: unknown; message?: unknown } | undefined;
  if (!cause) return 'unknown';
  return typeof cause.code === 'string' ? cause.code : String(cause.message).slice(0, 120);
}

function isUnavailableCause(value: unknown): boolean {
  const { code, message } = value as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SQLSTATES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message));
}

/** The error and what it wraps: TypeORM's driverError, `cause`, GraphQL's originalError, AggregateError's errors. */
function causes(error: unknown, depth = 0): object[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const { driverError, cause, originalError, errors } = error as Record<string, unknown>;
  const nested = [driverError, cause, originalError, ...(Array.isArray(errors) ? (errors as unknown[]) : [])];
  return [error, ...nested.flatMap((inner) => causes(inner, depth + 1))];
}
