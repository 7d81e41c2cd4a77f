import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password sign-in state: brute-force counters (per account and per client address) and
 * refresh tokens, stored as hashes, in rotation families.
 */
export class CreatedLoginThrottleAndRefreshTokens1764316800200 implements MigrationInterface {
  name = 'CreatedLoginThrottleAndRefreshTokens1764316800200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        scope                 text NOT NULL CHECK (scope IN ('account', 'address')),
        -- The email typed (lower case; known or not) or the client address.
        subject               text NOT NULL CHECK (length(subject) BETWEEN 1 AND 320),
        window_started_at     timestamptz,
        window_failures       integer NOT NULL DEFAULT 0 CHECK (window_failures >= 0),
        consecutive_failures  integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        last_failure_at       timestamptz,
        locked_until          timestamptz,
        PRIMARY KEY (scope, subject)
      )`);
    await q.query(`
      CREATE TABLE refresh_token (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id         uuid NOT NULL REFERENCES app_user (id),
        -- Every rotation of one sign-in shares the family; reuse of a rotated token revokes it all.
        family_id       uuid NOT NULL,
        token_hash      text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        -- The user's session version at issue: a password change or deactivation ends the family.
        session_version integer NOT NULL,
        issued_at       timestamptz NOT NULL,
        expires_at      timestamptz NOT NULL,
        revoked_at      timestamptz,
        revoked_reason  text CHECK (revoked_reason IN ('ROTATED', 'LOGGED_OUT', 'REUSE_DETECTED', 'PASSWORD_CHANGED')),
        replaced_by     uuid REFERENCES refresh_token (id),
        CONSTRAINT refresh_token_expiry CHECK (expires_at > issued_at),
        CONSTRAINT refresh_token_revocation CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX refresh_token_live_family ON refresh_token (family_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX refresh_token_live_user ON refresh_token (user_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE login_throttle`);
  }
}
