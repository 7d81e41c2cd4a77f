import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Transaction } from '@muster/platform-database';
import { AuthPayload } from '../auth.types';
import { AccessTokens } from '../tokens/access-tokens';
import { randomSecret } from '../tokens/opaque-token';
import { RefreshTokenStore } from './refresh-token.store';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  sessionVersion: number;
}

export interface IssuedSession {
  payload: AuthPayload;
  refreshTokenId: string;
  familyId: string;
}

/**
 * Issues an access token and a refresh token (in a new family, or continuing one), inside
 * the caller's unit of work. The family is the session: the access token names it, and
 * lives only as long as it does. The refresh token is random; only its hash is stored.
 */
@Injectable()
export class SessionIssuer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokenStore,
  ) {}

  async issue(tx: Transaction, user: SessionUser, familyId?: string): Promise<IssuedSession> {
    const token = `mrt_${randomSecret()}`;
    const expiresAt = new Date(tx.now.getTime() + this.config.auth.refreshTokenTtlSeconds * 1000);
    const refresh = await this.refreshTokens.insert(tx, {
      userId: user.id,
      familyId,
      token,
      sessionVersion: user.sessionVersion,
      expiresAt,
    });
    const access = this.accessTokens.sign(
      { userId: user.id, sessionVersion: user.sessionVersion, sessionId: refresh.familyId },
      tx.now,
    );
    return {
      payload: {
        accessToken: access.token,
        expiresAt: access.expiresAt,
        refreshToken: token,
        user: { id: user.id, email: user.email, displayName: user.displayName },
      },
      refreshTokenId: refresh.id,
      familyId: refresh.familyId,
    };
  }
}
