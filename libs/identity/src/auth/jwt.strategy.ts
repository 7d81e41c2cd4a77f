import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { CredentialStrategies, JWT_STRATEGY, Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Clock } from '@muster/platform-core';
import { ACCESS_TOKEN_ALGORITHMS, acceptedClaims } from './tokens/access-tokens';
import { UserPrincipals } from './user-principals';

/**
 * Bearer access tokens. passport-jwt checks the signature with an explicit algorithm
 * allowlist (HS256 only: `none`, HS512 and RS256 tokens are refused), the issuer and the
 * audience; `validate` then checks its times against the injected clock and rebuilds the
 * principal, session included, from the database. Any failure leaves the request
 * unauthenticated. The secret goes in as a KeyObject: given a string, jsonwebtoken first
 * tries (and fails) to read it as a PEM public key on every request, which cost more than
 * checking the signature.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  private readonly maxLifetimeSeconds: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly principals: UserPrincipals,
    strategies: CredentialStrategies,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken takes a KeyObject; passport-jwt's types only name strings and Buffers.
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: [...ACCESS_TOKEN_ALGORITHMS],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      // Judged in validate() against the application clock, so tests can move time.
      ignoreExpiration: true,
    });
    this.maxLifetimeSeconds = config.auth.accessTokenTtlSeconds;
    strategies.use(JWT_STRATEGY, this);
  }

  async validate(payload: unknown): Promise<Principal | false> {
    const claims = acceptedClaims(payload, this.clock.now(), this.maxLifetimeSeconds);
    if (!claims) return false;
    return (await this.principals.load(claims)) ?? false;
  }
}
