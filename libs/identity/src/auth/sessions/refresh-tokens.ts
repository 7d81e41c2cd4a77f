import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Actor } from '@muster/platform-core';
import { randomSecret, sha256Hex } from '../tokens/opaque-token';

export type RevokedReason = 'ROTATED' | 'LOGGED_OUT' | 'REUSE_DETECTED' | 'PASSWORD_CHANGED';

export interface IssuedRefreshToken {
  id: string;
  token: string;
  familyId: string;
  expiresAt: Date;
}

/** A stored refresh token with the facts about its user that decide whether it may be used. */
export interface RefreshTokenRow {
  id: string;
  familyId: string;
  userId: string;
  sessionVersion: number;
  expiresAt: Date;
  revokedAt: Date | null;
  userActive: boolean;
  userSessionVersion: number;
  email: string;
  displayName: string;
  homeOrganisationId: string | null;
}

/**
 * Refresh tokens: random, stored as a SHA-256, in families (one per sign-in) so that the
 * reuse of a rotated token can end every session descended from it. Every method runs in
 * the caller's transaction.
 */
@Injectable()
export class RefreshTokens {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async issue(
    manager: EntityManager,
    user: { userId: string; sessionVersion: number },
    now: Date,
    familyId?: string,
  ): Promise<IssuedRefreshToken> {
    const token = `mrt_${randomSecret()}`;
    const expiresAt = new Date(now.getTime() + this.config.auth.refreshTokenTtlSeconds * 1000);
    const [row] = await manager.query(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, session_version, issued_at, expires_at)
       VALUES ($1, COALESCE($2::uuid, gen_random_uuid()), $3, $4, $5, $6)
       RETURNING id, family_id AS "familyId"`,
      [user.userId, familyId ?? null, sha256Hex(token), user.sessionVersion, now, expiresAt],
    );
    return { id: row.id, token, familyId: row.familyId, expiresAt };
  }

  /** Who a refresh token was issued to (the actor of what is done with it), if it exists. */
  async ownerOf(manager: EntityManager, token: string): Promise<Actor | null> {
    const [row] = await manager.query(
      `SELECT u.id, u.email FROM refresh_token rt JOIN app_user u ON u.id = rt.user_id WHERE rt.token_hash = $1`,
      [sha256Hex(token)],
    );
    return row ? { type: 'USER', id: row.id, label: row.email } : null;
  }

  /** The token and its user, row-locked until commit so two refreshes cannot both rotate it. */
  async findForUpdate(manager: EntityManager, token: string): Promise<RefreshTokenRow | null> {
    const [row] = await manager.query(
      `SELECT rt.id, rt.family_id AS "familyId", rt.user_id AS "userId", rt.session_version AS "sessionVersion",
              rt.expires_at AS "expiresAt", rt.revoked_at AS "revokedAt",
              u.active AS "userActive", u.session_version AS "userSessionVersion", u.email,
              u.display_name AS "displayName",
              (SELECT m.organisation_id FROM membership m WHERE m.user_id = u.id
                ORDER BY m.granted_at, m.id LIMIT 1) AS "homeOrganisationId"
         FROM refresh_token rt JOIN app_user u ON u.id = rt.user_id
        WHERE rt.token_hash = $1
          FOR UPDATE OF rt`,
      [sha256Hex(token)],
    );
    return row ?? null;
  }

  async revoke(manager: EntityManager, id: string, reason: RevokedReason, now: Date, replacedBy: string | null = null): Promise<void> {
    await manager.query(
      `UPDATE refresh_token SET revoked_at = $2, revoked_reason = $3, replaced_by = $4 WHERE id = $1 AND revoked_at IS NULL`,
      [id, now, reason, replacedBy],
    );
  }

  /** Revokes the live tokens of a family; returns how many there were. */
  async revokeFamily(manager: EntityManager, familyId: string, reason: RevokedReason, now: Date): Promise<number> {
    const [, count] = await manager.query(
      `UPDATE refresh_token SET revoked_at = $2, revoked_reason = $3 WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId, now, reason],
    );
    return Number(count);
  }

  async revokeAllOfUser(manager: EntityManager, userId: string, reason: RevokedReason, now: Date): Promise<number> {
    const [, count] = await manager.query(
      `UPDATE refresh_token SET revoked_at = $2, revoked_reason = $3 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, now, reason],
    );
    return Number(count);
  }
}
