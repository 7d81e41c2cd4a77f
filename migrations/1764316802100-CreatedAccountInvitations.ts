import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account invitations: a person created without a password is emailed a single-use link
 * to set one. Only the SHA-256 of the link's token is stored. An invitation is live while
 * it is neither used nor revoked (a newer one, or the person's deactivation, revokes it)
 * and has not expired.
 */
export class CreatedAccountInvitations1764316802100 implements MigrationInterface {
  name = 'CreatedAccountInvitations1764316802100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        token_hash text NOT NULL CONSTRAINT user_invitation_token_hash UNIQUE,
        sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text CHECK (revoked_reason IN ('RESENT', 'DEACTIVATED')),
        CHECK (expires_at > sent_at),
        CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
        CHECK (used_at IS NULL OR revoked_at IS NULL)
      )`);
    await q.query(
      `CREATE INDEX user_invitation_live ON user_invitation (user_id) WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_invitation`);
  }
}
