import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { AuthPayload } from '../auth.types';
import { AccessTokens } from '../tokens/access-tokens';
import { RefreshTokens } from './refresh-tokens';

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
 * Issues an access token and a refresh token (in a new family, or continuing one). The
 * family is the session: the access token names it, and lives only as long as it does.
 */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokens,
  ) {}

  async issue(tx: Transaction, user: SessionUser, familyId?: string): Promise<IssuedSession> {
    const refresh = await this.refreshTokens.issue(tx.manager, { userId: user.id, sessionVersion: user.sessionVersion }, tx.now, familyId);
    const access = this.accessTokens.sign({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: refresh.familyId }, tx.now);
    return {
      payload: {
        accessToken: access.token,
        expiresAt: access.expiresAt,
        refreshToken: refresh.token,
        user: { id: user.id, email: user.email, displayName: user.displayName },
      },
      refreshTokenId: refresh.id,
      familyId: refresh.familyId,
    };
  }
}
