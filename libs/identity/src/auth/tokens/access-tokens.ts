import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';

/** The one algorithm access tokens are signed and accepted with. */
export const ACCESS_TOKEN_ALGORITHMS = ['HS256'] as const;
const TOKEN_TYPE = 'access';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * How far in the future an issue time may be: `iat` is whole seconds from the signing
 * process's clock, so another instance whose clock is a few milliseconds behind can see
 * a token issued "next second".
 */
export const ISSUED_AT_TOLERANCE_SECONDS = 5;

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

/** Who a verified, in-date access token speaks for, at which session version, in which session. */
export interface AccessClaims {
  userId: string;
  sessionVersion: number;
  /** The sign-in it belongs to: its refresh-token family. */
  sessionId: string;
}

/**
 * Short-lived JWTs: `sub` (user id), `sv` (session version) and `sid` (the session: the
 * refresh-token family of the sign-in) only. Roles are never in the token: the principal
 * is rebuilt from the database on every request, with the session, so a sign-out ends it.
 */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({ secret: config.auth.jwtSecret });
  }

  /** Signed at `now` (the injected clock), valid for the configured lifetime. */
  sign(claims: AccessClaims, now: Date): AccessToken {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.auth.accessTokenTtlSeconds;
    const token = this.jwt.sign(
      { sub: claims.userId, sv: claims.sessionVersion, sid: claims.sessionId, typ: TOKEN_TYPE, iat, exp },
      { algorithm: ACCESS_TOKEN_ALGORITHMS[0], issuer: this.config.auth.issuer, audience: this.config.auth.audience },
    );
    return { token, expiresAt: new Date(exp * 1000) };
  }
}

/**
 * The claims of a token whose signature, algorithm, issuer and audience were verified,
 * if it is one of ours and in date at `now`; otherwise null. Times are judged here,
 * against the injected clock, rather than by the JWT library's wall clock: not issued
 * in the future, not expired, and living no longer than `maxLifetimeSeconds` (the
 * configured lifetime), so even a token signed with a leaked key cannot outlast it.
 */
export function acceptedClaims(payload: unknown, now: Date, maxLifetimeSeconds: number): AccessClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { sub, sv, sid, typ, iat, exp } = payload as Record<string, unknown>;
  if (typ !== TOKEN_TYPE || typeof sub !== 'string' || !UUID.test(sub)) return null;
  if (typeof sv !== 'number' || !Number.isInteger(sv)) return null;
  if (typeof sid !== 'string' || !UUID.test(sid)) return null;
  if (typeof iat !== 'number' || typeof exp !== 'number' || !Number.isFinite(iat)) return null;
  const nowSeconds = now.getTime() / 1000;
  if (iat > nowSeconds + ISSUED_AT_TOLERANCE_SECONDS || exp <= nowSeconds) return null;
  if (exp <= iat || exp - iat > maxLifetimeSeconds) return null;
  return { userId: sub, sessionVersion: sv, sessionId: sid };
}
