import type { Request } from 'express';
import passport, { type Strategy } from 'passport';
import { Principal } from './principal';

/** Passport strategy names; the identity library registers strategies under them. */
export const JWT_STRATEGY = 'jwt';
export const API_KEY_STRATEGY = 'api-key';

/** The credential headers a WebSocket client sends in its `connection_init` payload. */
export interface ConnectionCredentials {
  authorization?: unknown;
  'x-api-key'?: unknown;
}

/**
 * A stand-in HTTP request carrying a WebSocket connection's credentials as headers, so the
 * same passport strategies judge them as they judge an HTTP request's (bearer token with
 * its session, or API key) — the one place credentials are checked. Only the two
 * credential headers are taken; anything else the client sent is ignored.
 */
export function credentialRequest(credentials: ConnectionCredentials, clientAddress: string | null): Request {
  const headers: Record<string, string> = {};
  const authorization = credentials.authorization ?? (credentials as Record<string, unknown>).Authorization;
  if (typeof authorization === 'string') headers.authorization = authorization;
  if (typeof credentials['x-api-key'] === 'string') headers['x-api-key'] = credentials['x-api-key'];
  const request = {
    headers,
    header: (name: string) => headers[name.toLowerCase()],
    ip: clientAddress ?? undefined,
    socket: { remoteAddress: clientAddress ?? undefined },
  };
  // Strategies read headers (and `header()`) only; this is all of a Request they touch.
  return request as unknown as Request;
}

/** What `passport.authenticate` returns (its types say `any`): Express-style middleware. */
type PassportMiddleware = (req: Request, res: object, next: (error: Error) => void) => void;

/**
 * The credential strategies of one application: a passport instance of its own, not the
 * process-wide one (where strategies are registered by name, so a second application in
 * the same process — a test, a bench — would replace the first one's, and closing it would
 * leave the first checking credentials on a closed database). Created with the
 * application (AppModule), injected wherever credentials are checked: the AccessGuard,
 * WebSocket connections, and subscriptions re-checking their subscriber.
 */
export class CredentialStrategies {
  private readonly passport = new passport.Passport();
  private rechecker: ((req: Request) => Promise<Principal | null>) | null = null;

  /** Called by each strategy as it is constructed (identity's bearer token and API key). */
  use(name: string, strategy: Strategy): void {
    this.passport.use(name, strategy);
  }

  /**
   * Runs the bearer-token and API-key strategies on `req`: the principal, or null for
   * missing or refused credentials. A database that cannot answer rejects (it is not a
   * refusal).
   */
  authenticate(req: Request): Promise<Principal | null> {
    return new Promise((resolve, reject) => {
      const done = (error: Error | null, user: Principal | false | undefined) =>
        error ? reject(error) : resolve(user || null);
      const authenticate = this.passport.authenticate(
        [JWT_STRATEGY, API_KEY_STRATEGY],
        { session: false },
        done,
      ) as PassportMiddleware;
      authenticate(req, {}, (error: Error) => reject(error));
    });
  }

  /** Called by the identity library: how a long-lived connection's credentials are judged again (see `recheck`). */
  useRecheck(recheck: (req: Request) => Promise<Principal | null>): void {
    this.rechecker = recheck;
  }

  /**
   * Judges again the credentials a connection was accepted with (a subscription, at each
   * delivery): the principal as the database says now, or null once they no longer hold —
   * exactly what `authenticate` would answer, but built for many connections at once
   * (identity's LiveCredentials: the token's signature checked once per connection, the
   * database asked once for every connection judged in the same turn of the event loop).
   * Without a registered re-check, `authenticate`.
   */
  recheck(req: Request): Promise<Principal | null> {
    return this.rechecker ? this.rechecker(req) : this.authenticate(req);
  }
}
