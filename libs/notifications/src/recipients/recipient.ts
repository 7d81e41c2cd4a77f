import { EntityManager } from 'typeorm';
import { Role } from '@muster/platform-access';

/** Whom a notification is for, as the raising code says it; resolved to people when raised. */
export type Recipient =
  | { type: 'user'; userId: string }
  /** Everyone holding the role in the organisation (every IG_OFFICER of the trust). */
  | { type: 'role'; organisationId: string; role: Role }
  /** Every member of the team; the team's webhook too, for kinds that post to webhooks. */
  | { type: 'team'; teamId: string }
  /** Whoever holds an incident command role (resolved by the incidents library). */
  | { type: 'incidentRole'; incidentId: string; role: string };

export const Recipients = {
  user: (userId: string): Recipient => ({ type: 'user', userId }),
  role: (organisationId: string, role: Role): Recipient => ({ type: 'role', organisationId, role }),
  team: (teamId: string): Recipient => ({ type: 'team', teamId }),
  incidentRole: (incidentId: string, role: string): Recipient => ({ type: 'incidentRole', incidentId, role }),
};

/**
 * Who holds a command role of an incident. Incidents sit above notifications (they raise
 * notifications, so notifications cannot import them): the incidents library implements
 * this and registers it with `RecipientResolvers.registerIncidentRoles` from its module's
 * `onModuleInit`, as domains register audit history checks (AuditHistoryVisibility).
 * It reads on the raising transaction's manager.
 */
export interface IncidentRoleRecipients {
  userIds(manager: EntityManager, incidentId: string, role: string): Promise<string[]>;
}
