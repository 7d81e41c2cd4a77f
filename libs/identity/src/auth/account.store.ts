import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Grant } from '@muster/platform-access';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';

/** What sign-in needs to know about a user; the password hash never leaves this library. */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  active: boolean;
  sessionVersion: number;
  /** The organisation of the user's first membership: the audit chain of their sign-in events. */
  homeOrganisationId: string | null;
}

/** A row of the principal query: the person's email and one of their grants (none: nulls). */
export interface PrincipalRow {
  email: string;
  organisationId: string | null;
  role: Grant['role'] | null;
  teamId: string | null;
}

const SELECT_ACCOUNT = `
  SELECT u.id, u.email, u.display_name AS "displayName", u.password_hash AS "passwordHash", u.active,
         u.session_version AS "sessionVersion",
         (SELECT m.organisation_id FROM membership m WHERE m.user_id = u.id
           ORDER BY m.granted_at, m.id LIMIT 1) AS "homeOrganisationId"
    FROM app_user u`;

/** Emails are stored lower case; what a person types is matched the same way. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The app_user table as sign-in sees it: credentials, the session version and the grants. */
@Injectable()
export class AccountStore {
  async findByEmail(manager: EntityManager, email: string): Promise<Account | null> {
    const [row] = await sqlRows<Account>(manager, `${SELECT_ACCOUNT} WHERE u.email = $1`, [normaliseEmail(email)]);
    return row ?? null;
  }

  async findById(manager: EntityManager, id: string): Promise<Account | null> {
    const [row] = await sqlRows<Account>(manager, `${SELECT_ACCOUNT} WHERE u.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * The person's email and grants, one row per grant — only if they are active, at the
   * token's session version, and the token's session (refresh-token family) still has a
   * live refresh token. One statement: it runs on every authenticated request. The
   * subquery reads the partial index of live tokens by family.
   */
  principalRows(
    manager: EntityManager,
    claims: { userId: string; sessionVersion: number; sessionId: string },
    now: Date,
  ): Promise<PrincipalRow[]> {
    return sqlRows<PrincipalRow>(
      manager,
      `SELECT u.email, m.organisation_id AS "organisationId", m.role, m.team_id AS "teamId"
         FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
        WHERE u.id = $1 AND u.active AND u.session_version = $2
          AND EXISTS (SELECT 1 FROM refresh_token rt
                       WHERE rt.family_id = $3 AND rt.user_id = $1 AND rt.revoked_at IS NULL AND rt.expires_at > $4)`,
      [claims.userId, claims.sessionVersion, claims.sessionId, now],
    );
  }

  /**
   * `principalRows` for many tokens' claims at once (subscriptions judged again at a delivery:
   * LiveCredentials): one statement whatever their number, each row tagged with the index
   * of the claims it answers (`claims[n]`); claims that no longer hold have no row.
   */
  principalRowsOf(
    manager: EntityManager,
    claims: readonly { userId: string; sessionVersion: number; sessionId: string }[],
    now: Date,
  ): Promise<(PrincipalRow & { n: number })[]> {
    return sqlRows<PrincipalRow & { n: number }>(
      manager,
      `SELECT (c.n - 1)::int AS n, u.email, m.organisation_id AS "organisationId", m.role, m.team_id AS "teamId"
         FROM unnest($1::uuid[], $2::int[], $3::uuid[]) WITH ORDINALITY AS c(user_id, session_version, session_id, n)
         JOIN app_user u ON u.id = c.user_id AND u.active AND u.session_version = c.session_version
         LEFT JOIN membership m ON m.user_id = u.id
        WHERE EXISTS (SELECT 1 FROM refresh_token rt
                       WHERE rt.family_id = c.session_id AND rt.user_id = u.id AND rt.revoked_at IS NULL AND rt.expires_at > $4)`,
      [claims.map((c) => c.userId), claims.map((c) => c.sessionVersion), claims.map((c) => c.sessionId), now],
    );
  }

  /**
   * Sets a new password hash and moves the session version on (every older access token
   * stops working), provided the account is still active at the version it was read at.
   * The new session version, or null when the account changed meanwhile.
   */
  async changePassword(tx: Transaction, account: Account, passwordHash: string): Promise<number | null> {
    const { rows } = await sqlChange<{ sessionVersion: number }>(
      tx.manager,
      `UPDATE app_user SET password_hash = $2, session_version = session_version + 1, version = version + 1, updated_at = $3
        WHERE id = $1 AND session_version = $4 AND active
        RETURNING session_version AS "sessionVersion"`,
      [account.id, passwordHash, tx.now, account.sessionVersion],
    );
    return rows[0]?.sessionVersion ?? null;
  }
}
