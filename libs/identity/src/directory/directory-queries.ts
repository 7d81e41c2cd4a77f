import { DomainError } from '@muster/platform-core';
import { Transaction } from '@muster/platform-database';
import { Role } from '@muster/platform-access';
import { UserStanding } from './directory-access';

/** The organisation's name for a summary; NOT_FOUND when it does not exist. */
export async function organisationName(tx: Transaction, id: string): Promise<string> {
  const [row] = await tx.manager.query(`SELECT name FROM organisation WHERE id = $1`, [id]);
  if (!row) throw DomainError.notFound('Organisation');
  return row.name;
}

export interface UserRecord extends UserStanding {
  email: string;
  displayName: string;
  active: boolean;
}

/**
 * A person with where they are a member and as what, in one query; with `lock`, their
 * row is locked until the transaction ends (deactivation, role changes).
 */
export async function loadUser(tx: Transaction, id: string, lock = false): Promise<UserRecord | null> {
  // Lock first, then read: the read then sees every change committed before the lock.
  if (lock) await tx.manager.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [id]);
  const [row] = await tx.manager.query(
    `SELECT u.id, u.email, u.display_name AS "displayName", u.active,
            coalesce(array_agg(DISTINCT m.organisation_id::text) FILTER (WHERE m.id IS NOT NULL), '{}') AS "organisationIds",
            coalesce(array_agg(DISTINCT m.role) FILTER (WHERE m.id IS NOT NULL), '{}') AS roles
     FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
     WHERE u.id = $1 GROUP BY u.id`,
    [id],
  );
  return row ? { ...row, roles: row.roles as Role[] } : null;
}
