import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { sha256Hex } from '../tokens/opaque-token';

export type InvitationRevokedReason = 'RESENT' | 'DEACTIVATED';

/** A stored invitation, found by its token, with what decides whether it may still be accepted. */
export interface InvitationRow {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * The user_invitation table, in SQL (it has no entity): each invitation's token stored as
 * a SHA-256, never the token. Writes and locks take the transaction.
 */
@Injectable()
export class InvitationStore {
  async insert(tx: Transaction, invitation: { userId: string; token: string; expiresAt: Date }): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO user_invitation (user_id, token_hash, sent_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [invitation.userId, sha256Hex(invitation.token), tx.now, invitation.expiresAt],
    );
    return row.id;
  }

  /**
   * The invitation whose token this is; in a transaction, row-locked until commit so that
   * two acceptances cannot both use it.
   */
  async find(manager: EntityManager, token: string, forUpdate: boolean): Promise<InvitationRow | null> {
    const [row] = await sqlRows<InvitationRow>(
      manager,
      `SELECT id, user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"
         FROM user_invitation WHERE token_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [sha256Hex(token)],
    );
    return row ?? null;
  }

  async markUsed(tx: Transaction, id: string): Promise<void> {
    await sqlChange(tx.manager, `UPDATE user_invitation SET used_at = $2 WHERE id = $1`, [id, tx.now]);
  }

  /** Revokes the person's unused invitations (expired ones too); how many there were. */
  async revokeLive(tx: Transaction, userId: string, reason: InvitationRevokedReason): Promise<number> {
    const { count } = await sqlChange(
      tx.manager,
      `UPDATE user_invitation SET revoked_at = $2, revoked_reason = $3
        WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId, tx.now, reason],
    );
    return count;
  }
}
