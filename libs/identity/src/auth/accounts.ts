import { EntityManager } from 'typeorm';

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

export async function findAccountByEmail(manager: EntityManager, email: string): Promise<Account | null> {
  const [row] = await manager.query(`${SELECT_ACCOUNT} WHERE u.email = $1`, [normaliseEmail(email)]);
  return row ?? null;
}

export async function findAccountById(manager: EntityManager, id: string): Promise<Account | null> {
  const [row] = await manager.query(`${SELECT_ACCOUNT} WHERE u.id = $1`, [id]);
  return row ?? null;
}
