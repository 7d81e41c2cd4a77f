import { Body, Controller, Delete, Headers, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { DomainError } from '@muster/platform-core';
import { AuthErrors } from '../auth.errors';
import { AuthPayload } from '../auth.types';
import { LoginService } from '../login.service';
import { SessionService } from '../sessions/session.service';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';

/** What the console receives: an access token to keep in memory, never the refresh token. */
export interface ConsoleSession {
  accessToken: string;
  expiresAt: string;
  user: { id: string; email: string; displayName: string };
}

const MAX_INPUT = 1024;

/**
 * Sessions for the browser console, beside the GraphQL `login`/`refreshToken`/`logout`
 * (unchanged for API clients): the same services, so the same throttle, rotation, reuse
 * detection and audit events, but the refresh token travels only in the session cookie.
 * Every route wants `Content-Type: application/json`, which a cross-site form cannot send
 * without a CORS preflight (none is allowed); with SameSite=Strict that is the CSRF defence.
 */
@Public()
@Controller('auth/session')
export class SessionCookieController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logins: LoginService,
    private readonly sessions: SessionService,
  ) {}

  /** Sign in with email and password. */
  @Post()
  @HttpCode(200)
  async signIn(
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConsoleSession> {
    requireJson(contentType);
    const { email, password } = credentials(body);
    return this.answer(res, await this.logins.login(email, password));
  }

  /** A new access token for the cookie's session; the cookie's refresh token is rotated. */
  @Post('refresh')
  @HttpCode(200)
  async refresh(
    @Headers('content-type') contentType: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConsoleSession> {
    requireJson(contentType);
    const token = readSessionCookie(req);
    if (!token || token.length > MAX_INPUT) throw AuthErrors.invalidRefreshToken();
    try {
      return this.answer(res, await this.sessions.refresh(token));
    } catch (error) {
      clearSessionCookie(res, this.config.isProduction);
      throw error;
    }
  }

  /** Sign out: the session ends (audited) and the cookie is cleared. */
  @Delete()
  @HttpCode(204)
  async signOut(
    @Headers('content-type') contentType: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    requireJson(contentType);
    const token = readSessionCookie(req);
    if (token && token.length <= MAX_INPUT) await this.sessions.logout(token);
    clearSessionCookie(res, this.config.isProduction);
  }

  private answer(res: Response, payload: AuthPayload): ConsoleSession {
    setSessionCookie(res, payload.refreshToken, this.refreshExpiry(), this.config.isProduction);
    res.setHeader('Cache-Control', 'no-store');
    return { accessToken: payload.accessToken, expiresAt: payload.expiresAt.toISOString(), user: payload.user };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
  }
}

function requireJson(contentType: string | undefined): void {
  if (!/^application\/json\b/i.test(contentType ?? '')) {
    throw DomainError.badInput('content-type', 'send application/json');
  }
}

function credentials(body: unknown): { email: string; password: string } {
  const { email, password } = (body ?? {}) as Record<string, unknown>;
  if (typeof email !== 'string' || !email.trim() || email.length > MAX_INPUT) {
    throw DomainError.badInput('email', 'enter your email address');
  }
  if (typeof password !== 'string' || !password || password.length > MAX_INPUT) {
    throw DomainError.badInput('password', 'enter your password');
  }
  return { email, password };
}
