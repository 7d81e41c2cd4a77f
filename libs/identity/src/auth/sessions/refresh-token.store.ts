import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@muster/platform-core';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { sha256Hex } from '../tokens/opaque-token';

export type RevokedReason = 'ROTATED' | 'LOGGED_OUT' | 'REUSE_DETECTED' | 'PASSWORD_CHANGED';

/** A refresh token to store: its hash only, never the token. */
export interface NewRefreshToken {
  userId: string;
  /** The session it continues; a new one when absent. */
  familyId?: string;
  token: string;
  sessionVersion: number;
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
 * The refresh_token table, in SQL (it has no entity): tokens stored as a SHA-256, in
 * families (one per sign-in) so that the reuse of a rotated token can end every session
 * descended from it. Reads take the manager they run on; writes and locks the transaction.
 */
@Injectable()
export class RefreshTokenStore {
  /** Stores the token; its id and family. */
  async insert(tx: Transaction, token: NewRefreshToken): Promise<{ id: string; familyId: string }> {
    const [row] = await sqlRows<{ id: string; familyId: string }>(
      tx.manager,
      `INSERT INTO refresh_token (user_id, family_id, token_hash, session_version, issued_at, expires_at)
       VALUES ($1, COALESCE($2::uuid, gen_random_uuid()), $3, $4, $5, $6)
       RETURNING id, family_id AS "familyId"`,
      [token.userId, token.familyId ?? null, sha256Hex(token.token), token.sessionVersion, tx.now, token.expiresAt],
    );
    return row;
  }

  /** Who a refresh token was issued to (the actor of what is done with it), if it exists. */
  async ownerOf(manager: EntityManager, token: string): Promise<Actor | null> {
    const [row] = await sqlRows<{ id: string; email: string }>(
      manager,
      `SELECT u.id, u.email FROM refresh_token rt JOIN app_user u ON u.id = rt.user_id WHERE rt.token_hash = $1`,
      [sha256Hex(token)],
    );
    return row ? { type: 'USER', id: row.id, label: row.email } : null;
  }

  /** The token and its user, row-locked until commit so two refreshes cannot both rotate it. */
  async lock(tx: Transaction, token: string): Promise<RefreshTokenRow | null> {
    const [row] = await sqlRows<RefreshTokenRow>(
      tx.manager,
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

  async revoke(tx: Transaction, id: string, reason: RevokedReason, replacedBy: string | null = null): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE refresh_token SET revoked_at = $2, revoked_reason = $3, replaced_by = $4 WHERE id = $1 AND revoked_at IS NULL`,
      [id, tx.now, reason, replacedBy],
    );
  }

  /** Revokes the live tokens of a family (one session); returns how many there were. */
  revokeFamily(tx: Transaction, familyId: string, reason: RevokedReason): Promise<number> {
    return this.revokeLive(tx, 'family_id', familyId, reason);
  }

  /** Revokes the live tokens of every session of the user; returns how many there were. */
  revokeAllOfUser(tx: Transaction, userId: string, reason: RevokedReason): Promise<number> {
    return this.revokeLive(tx, 'user_id', userId, reason);
  }

  private async revokeLive(
    tx: Transaction,
    column: 'family_id' | 'user_id',
    id: string,
    reason: RevokedReason,
  ): Promise<number> {
    const { count } = await sqlChange(
      tx.manager,
      `UPDATE refresh_token SET revoked_at = $2, revoked_reason = $3 WHERE ${column} = $1 AND revoked_at IS NULL`,
      [id, tx.now, reason],
    );
    return count;
  }
}
