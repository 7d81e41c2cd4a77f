import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';

/** The one algorithm access tokens are signed and accepted with. */
export const ACCESS_TOKEN_ALGORITHMS = ['HS256'] as const;
const TOKEN_TYPE = 'access';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

/** Who a verified, in-date access token speaks for, at which session version. */
export interface AccessClaims {
  userId: string;
  sessionVersion: number;
}

/**
 * Short-lived JWTs: `sub` (user id) and `sv` (session version) only. Roles are never in
 * the token: the principal is rebuilt from the database on every request.
 */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({ secret: config.auth.jwtSecret });
  }

  /** Signed at `now` (the injected clock), valid for the configured lifetime. */
  sign(userId: string, sessionVersion: number, now: Date): AccessToken {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.auth.accessTokenTtlSeconds;
    const token = this.jwt.sign(
      { sub: userId, sv: sessionVersion, typ: TOKEN_TYPE, iat, exp },
      { algorithm: ACCESS_TOKEN_ALGORITHMS[0], issuer: this.config.auth.issuer, audience: this.config.auth.audience },
    );
    return { token, expiresAt: new Date(exp * 1000) };
  }
}

/**
 * The claims of a token whose signature, algorithm, issuer and audience were verified,
 * if it is one of ours and still in date at `now`; otherwise null. Expiry is judged
 * here, against the injected clock, rather than by the JWT library's wall clock.
 */
export function acceptedClaims(payload: unknown, now: Date): AccessClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { sub, sv, typ, exp } = payload as Record<string, unknown>;
  if (typ !== TOKEN_TYPE || typeof sub !== 'string' || !UUID.test(sub)) return null;
  if (typeof sv !== 'number' || !Number.isInteger(sv)) return null;
  if (typeof exp !== 'number' || exp * 1000 <= now.getTime()) return null;
  return { userId: sub, sessionVersion: sv };
}
