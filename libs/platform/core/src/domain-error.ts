/** Stable error codes of the API; each maps to one GraphQL `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database cannot answer now (an outage, a restart): try again; nothing is wrong with the request. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}

/** The HTTP status of each code, for REST routes (GraphQL answers 200 with the code). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.INTERNAL]: 500,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one error class domain code throws. Its message is shown to the caller, so it must
 * never contain SQL, paths or secrets; anything that is not a DomainError is masked.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid ${field}: ${message}`, [{ field, message }]);
  }

  /** What the caller may not see is reported exactly like what does not exist. */
  static notFound(entity: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${entity} not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Authentication required'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message);
  }

  /** "Cannot check now", as opposed to "wrong": a client keeps its session and retries. */
  static serviceUnavailable(): DomainError {
    return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is temporarily unavailable; try again shortly');
  }
}
