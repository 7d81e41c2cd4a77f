/**
 * The signed-in session, in memory only: the access token lives in this object (never in
 * localStorage, sessionStorage or a readable cookie), and the refresh token in an httpOnly,
 * SameSite=Strict cookie that only the API's /auth/session routes see. A page load starts
 * signed out and asks /auth/session/refresh whether the cookie still holds a session.
 */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface Session {
  accessToken: string;
  expiresAt: number;
  user: SessionUser;
}

export type SignInResult =
  { ok: true; session: Session } | { ok: false; field?: 'email' | 'password'; message: string };

type Fetch = typeof fetch;

/** Refresh this long before the access token expires, so no request carries a stale one. */
const REFRESH_MARGIN_MS = 30_000;
const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

interface SessionBody {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

interface ErrorBody {
  code?: string;
  message?: string;
  fields?: { field: string; message: string }[];
}

export class SessionStore {
  private session: Session | null = null;
  private restored = false;
  private refreshing: Promise<Session | null> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly fetchImpl: Fetch = (...args) => fetch(...args),
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The session now (null when signed out); a stable value for useSyncExternalStore. */
  readonly current = (): Session | null => this.session;

  /** False until the first refresh after a page load has answered. */
  readonly isRestored = (): boolean => this.restored;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async signIn(email: string, password: string): Promise<SignInResult> {
    let response: Response;
    try {
      response = await this.fetchImpl('/auth/session', {
        method: 'POST',
        headers: JSON_HEADERS,
        credentials: 'same-origin',
        body: JSON.stringify({ email, password }),
      });
    } catch {
      return { ok: false, message: 'Muster cannot be reached. Check your connection and try again.' };
    }
    if (response.ok) {
      const session = toSession((await response.json()) as SessionBody);
      this.set(session);
      return { ok: true, session };
    }
    return { ok: false, ...signInProblem(response.status, (await safeJson(response)) as ErrorBody) };
  }

  /** A fresh access token from the session cookie; null (and signed out) when there is none. */
  refresh(): Promise<Session | null> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The access token to send now, refreshed first when it is about to expire. */
  async accessToken(): Promise<string | null> {
    const session = this.session;
    if (session && session.expiresAt - REFRESH_MARGIN_MS > this.now()) return session.accessToken;
    if (!session && this.restored) return null;
    return (await this.refresh())?.accessToken ?? null;
  }

  async signOut(): Promise<void> {
    try {
      await this.fetchImpl('/auth/session', { method: 'DELETE', headers: JSON_HEADERS, credentials: 'same-origin' });
    } finally {
      this.set(null);
    }
  }

  private async doRefresh(): Promise<Session | null> {
    try {
      const response = await this.fetchImpl('/auth/session/refresh', {
        method: 'POST',
        headers: JSON_HEADERS,
        credentials: 'same-origin',
        body: '{}',
      });
      this.set(response.ok ? toSession((await response.json()) as SessionBody) : null);
    } catch {
      // Offline: keep whatever we had; the next request tries again.
    }
    return this.session;
  }

  private set(session: Session | null): void {
    this.session = session;
    this.restored = true;
    for (const listener of this.listeners) listener();
  }
}

function toSession(body: SessionBody): Session {
  return { accessToken: body.accessToken, expiresAt: Date.parse(body.expiresAt), user: body.user };
}

async function safeJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return {};
  }
}

/** What went wrong with a sign-in, in words for the person (the error summary's line). */
export function signInProblem(status: number, body: ErrorBody): { field?: 'email' | 'password'; message: string } {
  if (status === 400) {
    const field = body.fields?.[0]?.field === 'password' ? 'password' : 'email';
    return { field, message: field === 'password' ? 'Enter your password' : 'Enter your email address' };
  }
  if (status === 401) return { field: 'email', message: 'The email address or password is not right' };
  if (status === 429) {
    const until = /after (\S+)$/.exec(body.message ?? '')?.[1];
    const time = until ? new Date(until).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : null;
    return {
      message: time
        ? `Too many attempts to sign in. Try again after ${time}.`
        : 'Too many attempts to sign in. Try again later.',
    };
  }
  return { message: 'Muster could not sign you in just now. Try again in a few minutes.' };
}
