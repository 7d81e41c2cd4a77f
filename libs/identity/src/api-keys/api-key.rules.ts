import { Role } from '@muster/platform-access';

/**
 * Roles a machine may hold. Never administration (a key cannot mint keys or people), never
 * an ICS-wide role (a key acts inside its one organisation), and never IG_OFFICER: breach
 * decisions and their reasoning are read and made by named, accountable people (an IG
 * officer must be able to say in court who saw the content), so no integration holds a
 * credential that reads them. A key created with a role no longer listed here (an
 * IG_OFFICER key from before) authenticates as nothing.
 */
export const API_KEY_ROLES: readonly Role[] = [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD, Role.RESPONDER, Role.VIEWER];

/** Who may create and revoke an organisation's keys (besides system administrators). */
export const API_KEY_ADMIN_ROLES: readonly Role[] = [Role.ORG_ADMIN];

/** last_used_at is kept to this resolution: at most one write (and audit event) per key per minute. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function lastUsedIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
