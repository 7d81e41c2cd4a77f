import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { AuthAudit } from '../auth.audit';
import { AuthErrors } from '../auth.errors';
import { AuthPayload } from '../auth.types';
import { RefreshTokenRow, RefreshTokenStore } from './refresh-token.store';
import { SessionIssuer } from './session-issuer';

type RefreshOutcome = { kind: 'rotated'; payload: AuthPayload } | { kind: 'reuse' };

/** Refresh-token rotation with reuse detection, and sign-out. */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly refreshTokens: RefreshTokenStore,
    private readonly sessions: SessionIssuer,
  ) {}

  /**
   * Exchanges a live refresh token for a new pair; the old one is revoked. A token that
   * was already revoked is being replayed — by a thief or by the client it was stolen
   * from — so the whole family is revoked and the reuse audited (committed before the
   * caller gets UNAUTHENTICATED).
   */
  async refresh(token: string): Promise<AuthPayload> {
    // The token's owner is the actor of its audit events (the caller holds no access token).
    const actor = await this.refreshTokens.ownerOf(this.dataSource.manager, token);
    if (!actor) throw AuthErrors.invalidRefreshToken();
    const outcome = await this.uow.run(
      async (tx): Promise<RefreshOutcome> => {
        const row = await this.refreshTokens.lock(tx, token);
        if (!row) throw AuthErrors.invalidRefreshToken();
        if (row.revokedAt) return this.revokeFamilyOnReuse(tx, row);
        if (row.expiresAt <= tx.now || !row.userActive || row.sessionVersion !== row.userSessionVersion) {
          throw AuthErrors.invalidRefreshToken();
        }
        const session = await this.sessions.issue(
          tx,
          { ...row, id: row.userId, sessionVersion: row.userSessionVersion },
          row.familyId,
        );
        await this.refreshTokens.revoke(tx, row.id, 'ROTATED', session.refreshTokenId);
        tx.record({
          action: AuthAudit.tokenRefreshed,
          organisationId: row.homeOrganisationId,
          entityType: 'user',
          entityId: row.userId,
          summary: `${row.email} refreshed their session`,
          changes: { refreshTokenFamily: row.familyId },
        });
        return { kind: 'rotated', payload: session.payload };
      },
      { actor },
    );
    if (outcome.kind === 'reuse') throw AuthErrors.invalidRefreshToken();
    return outcome.payload;
  }

  /** Revokes the session of this refresh token. Unknown or already revoked tokens change nothing. */
  async logout(token: string): Promise<boolean> {
    const actor = await this.refreshTokens.ownerOf(this.dataSource.manager, token);
    if (!actor) return true;
    await this.uow.run(
      async (tx) => {
        const row = await this.refreshTokens.lock(tx, token);
        if (!row || row.revokedAt) return tx.nothingToRecord();
        await this.refreshTokens.revokeFamily(tx, row.familyId, 'LOGGED_OUT');
        tx.record({
          action: AuthAudit.loggedOut,
          organisationId: row.homeOrganisationId,
          entityType: 'user',
          entityId: row.userId,
          summary: `${row.email} signed out`,
          changes: { refreshTokenFamily: row.familyId },
        });
      },
      { actor },
    );
    return true;
  }

  private async revokeFamilyOnReuse(tx: Transaction, row: RefreshTokenRow): Promise<RefreshOutcome> {
    const revoked = await this.refreshTokens.revokeFamily(tx, row.familyId, 'REUSE_DETECTED');
    tx.record({
      action: AuthAudit.refreshReuseDetected,
      organisationId: row.homeOrganisationId,
      entityType: 'user',
      entityId: row.userId,
      summary: `A revoked refresh token of ${row.email} was reused: ${revoked} live session token(s) revoked`,
      changes: { refreshTokenFamily: row.familyId, revokedTokens: revoked },
    });
    return { kind: 'reuse' };
  }
}
