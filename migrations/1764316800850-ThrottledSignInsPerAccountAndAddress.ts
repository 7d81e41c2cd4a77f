import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in lockouts keyed on account × client address (login-throttle.rules.ts):
 * `login_account_address` holds, per email typed and address, the run of failures that
 * locks that pair and the last success there (which makes the address known for the
 * account). `login_throttle` keeps only the hour's failures per account and per address,
 * now as two windows (this one and the previous one, each with its last failure) so no
 * 60 minutes see more than a ceiling. The account-wide run lockout columns go: a lockout
 * in force at the upgrade ends with it (at most 15 minutes early).
 */
export class ThrottledSignInsPerAccountAndAddress1764316800850 implements MigrationInterface {
  name = 'ThrottledSignInsPerAccountAndAddress1764316800850';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_account_address (
        -- The email typed (lower case; known or not) and the client address (an IPv6 address by its /64).
        email                 text NOT NULL CHECK (length(email) BETWEEN 1 AND 320),
        address               text NOT NULL CHECK (length(address) BETWEEN 1 AND 100),
        consecutive_failures  integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        last_failure_at       timestamptz,
        locked_until          timestamptz,
        last_success_at       timestamptz,
        PRIMARY KEY (email, address)
      )`);
    await q.query(`
      ALTER TABLE login_throttle
        DROP COLUMN consecutive_failures,
        DROP COLUMN locked_until,
        ADD COLUMN previous_window_failures integer NOT NULL DEFAULT 0 CHECK (previous_window_failures >= 0),
        ADD COLUMN previous_last_failure_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE login_throttle
        DROP COLUMN previous_last_failure_at,
        DROP COLUMN previous_window_failures,
        ADD COLUMN consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        ADD COLUMN locked_until timestamptz`);
    await q.query(`DROP TABLE login_account_address`);
  }
}
