import type { Request, Response } from 'express';

/**
 * The console's refresh token lives in this cookie and nowhere a script can read it:
 * httpOnly, SameSite=Strict (never sent on a cross-site request), Secure in production,
 * and scoped to the session routes only (no other request carries it).
 */
export const SESSION_COOKIE = 'muster_session';
export const SESSION_COOKIE_PATH = '/auth/session';

export function readSessionCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('=')) || null;
  }
  return null;
}

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: SESSION_COOKIE_PATH,
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: SESSION_COOKIE_PATH });
}
