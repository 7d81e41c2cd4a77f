import { DomainError, ErrorCode } from '@muster/platform-core';

/** The errors of sign-in, worded so they never tell which part of a credential was wrong. */
export const AuthErrors = {
  invalidCredentials: () => DomainError.unauthenticated('Incorrect email or password'),

  tooManyAttempts: (until: Date) =>
    new DomainError(
      ErrorCode.TOO_MANY_REQUESTS,
      `Too many failed sign-in attempts: try again after ${until.toISOString()}`,
    ),

  invalidRefreshToken: () => DomainError.unauthenticated('The refresh token is not valid: sign in again'),

  /** Changing a password is for people; an API key has none. */
  notAPerson: () => DomainError.forbidden('Only a signed-in person can do this'),
};
