import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { ExtractJwt } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { CredentialStrategies, Grant, Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Clock } from '@muster/platform-core';
import { parseApiKey } from '../api-keys/api-key-secret';
import { ApiKeyAuthenticator } from '../api-keys/api-key-authenticator';
import { ApiKeyStore } from '../api-keys/api-key.store';
import { API_KEY_HEADER } from '../api-keys/api-key.strategy';
import { AccountStore } from './account.store';
import { ACCESS_TOKEN_ALGORITHMS, AccessClaims, acceptedClaims } from './tokens/access-tokens';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/** The batches gather every re-check asked for until the event loop's next turn. */
const nextTurn = (run: () => void) => void setImmediate(run);

/**
 * The credentials of live connections (subscriptions) judged again at each delivery
 * (`CredentialStrategies.recheck`), with the answers `authenticate` gives — a token's
 * times against the clock, the person active at the token's session version with the
 * session live, their memberships as they are now; an API key not revoked — so a
 * sign-out, a deactivation, a password change, a removed role or a revoked key takes effect
 * at the very next event. What differs is the cost, for an event delivered to many
 * subscribers: a connection's token (which never changes) has its signature, algorithm,
 * issuer and audience verified once, and the database is asked once for all the
 * connections judged in the same turn of the event loop (one statement for the people,
 * one for the keys) instead of once per subscriber.
 */
@Injectable()
export class LiveCredentials {
  private readonly jwt: JwtService;
  /** Per connection's stand-in request: the verified payload of its bearer token, null when it has none that verifies. */
  private readonly payloads = new WeakMap<Request, unknown>();
  private readonly people: DataLoader<AccessClaims, Principal | null>;
  private readonly keys: DataLoader<string, Principal | null>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly keyStore: ApiKeyStore,
    private readonly apiKeys: ApiKeyAuthenticator,
    strategies: CredentialStrategies,
  ) {
    this.jwt = new JwtService({ secret: config.auth.jwtSecret });
    const batch = { cache: false, batchScheduleFn: nextTurn } as const;
    this.people = new DataLoader((claims) => this.principalsOf(claims), batch);
    this.keys = new DataLoader((headers) => this.keyPrincipalsOf(headers), batch);
    strategies.useRecheck((req) => this.recheck(req));
  }

  /** As passport does: the bearer token first, then the API key. */
  async recheck(req: Request): Promise<Principal | null> {
    const claims = acceptedClaims(this.payloadOf(req), this.clock.now(), this.config.auth.accessTokenTtlSeconds);
    const person = claims ? await this.people.load(claims) : null;
    if (person) return person;
    const header = req.header(API_KEY_HEADER);
    return header ? this.keys.load(header) : null;
  }

  private payloadOf(req: Request): unknown {
    if (!this.payloads.has(req)) {
      const token = bearerToken(req);
      let payload: unknown = null;
      if (token) {
        try {
          payload = this.jwt.verify(token, {
            algorithms: [...ACCESS_TOKEN_ALGORITHMS],
            issuer: this.config.auth.issuer,
            audience: this.config.auth.audience,
            // Judged by acceptedClaims against the application clock, at every re-check.
            ignoreExpiration: true,
          });
        } catch {
          payload = null;
        }
      }
      this.payloads.set(req, payload);
    }
    return this.payloads.get(req);
  }

  private async principalsOf(claims: readonly AccessClaims[]): Promise<(Principal | null)[]> {
    const rows = await this.accounts.principalRowsOf(this.dataSource.manager, claims, this.clock.now());
    const found = new Map<number, { email: string; grants: Grant[] }>();
    for (const r of rows) {
      const person = found.get(r.n) ?? { email: r.email, grants: [] };
      if (r.organisationId !== null && r.role !== null)
        person.grants.push({ organisationId: r.organisationId, role: r.role, teamId: r.teamId });
      found.set(r.n, person);
    }
    return claims.map((c, n) => {
      const person = found.get(n);
      return person ? new Principal({ type: 'USER', id: c.userId, label: person.email }, person.grants) : null;
    });
  }

  private async keyPrincipalsOf(headers: readonly string[]): Promise<(Principal | null)[]> {
    const parsed = headers.map((h) => parseApiKey(h));
    const prefixes = [...new Set(parsed.flatMap((p) => (p ? [p.prefix] : [])))];
    const rows = prefixes.length ? await this.keyStore.findByPrefixes(this.dataSource.manager, prefixes) : [];
    const byPrefix = new Map(rows.map((r) => [r.prefix, r]));
    // One judgement per distinct header: a key used by many subscribers records its use once.
    const judged = new Map<string, Promise<Principal | null>>();
    return Promise.all(
      headers.map((header, k) => {
        const p = parsed[k];
        if (!p) return Promise.resolve(null);
        let principal = judged.get(header);
        if (!principal) {
          principal = this.apiKeys.accept(p.secretHash, byPrefix.get(p.prefix) ?? null);
          judged.set(header, principal);
        }
        return principal;
      }),
    );
  }
}
