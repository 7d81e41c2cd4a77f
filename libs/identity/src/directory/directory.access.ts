import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/** Roles that see the whole ICS: only a system administrator grants or revokes them. */
export const SYSTEM_ONLY_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.AUDITOR];

/** Who a user is, as far as administering them goes: where they are a member, and as what. */
export interface UserStanding {
  id: string;
  organisationIds: string[];
  roles: Role[];
}

/**
 * The directory's rules (organisations, teams, people, roles), built on AccessPolicy:
 * what the caller may not see is NOT_FOUND, what they see but may not do is FORBIDDEN.
 */
export const DirectoryAccess = {
  /** Changes an organisation's teams and people: its ORG_ADMIN, or a SYSTEM_ADMIN. */
  assertCanAdminister(principal: Principal, organisationId: string, entity: string): void {
    AccessPolicy.assertCanSee(principal, organisationId, entity);
    if (!principal.isSystemAdmin && !principal.holds(Role.ORG_ADMIN, organisationId)) throw DomainError.forbidden();
  },

  /** Lists an organisation's teams: any member of it, or a system-wide role. */
  assertCanSeeTeams(principal: Principal, organisationId: string): void {
    AccessPolicy.assertCanSee(principal, organisationId, 'Organisation');
  },

  /** Lists an organisation's people: its ORG_ADMIN, a SYSTEM_ADMIN, or an AUDITOR (read-only). */
  assertCanSeePeople(principal: Principal, organisationId: string): void {
    AccessPolicy.assertCanSee(principal, organisationId, 'Organisation');
    const allowed =
      principal.isSystemAdmin || principal.holds(Role.AUDITOR) || principal.holds(Role.ORG_ADMIN, organisationId);
    if (!allowed) throw DomainError.forbidden();
  },

  /** Grants or revokes `role` in the organisation: its ORG_ADMIN for organisation roles. */
  assertCanGrant(principal: Principal, organisationId: string, role: Role): void {
    DirectoryAccess.assertCanAdminister(principal, organisationId, 'Organisation');
    if (SYSTEM_ONLY_ROLES.includes(role) && !principal.isSystemAdmin) {
      throw DomainError.forbidden(`Only a system administrator may grant or revoke ${role}`);
    }
  },

  /** A person is visible to members of any organisation they belong to, and to system-wide roles. */
  canSeeUser(principal: Principal, user: UserStanding): boolean {
    return principal.isSystemWide || user.organisationIds.some((id) => AccessPolicy.canSeeOrganisation(principal, id));
  },

  /**
   * A person's mobile number, personal data: seen and set by the person, an ORG_ADMIN of
   * an organisation they belong to, or a SYSTEM_ADMIN. Others who see the person see null.
   */
  canManageMobileNumber(principal: Principal, user: UserStanding): boolean {
    return (
      principal.userId === user.id ||
      principal.isSystemAdmin ||
      user.organisationIds.some((id) => principal.holds(Role.ORG_ADMIN, id))
    );
  },

  /** A system administrator, or an ORG_ADMIN of one of their organisations: sees whether they have set a password. */
  canAdministerAccount(principal: Principal, user: UserStanding): boolean {
    return principal.isSystemAdmin || user.organisationIds.some((id) => principal.holds(Role.ORG_ADMIN, id));
  },

  /** The user, if the caller can see them; NOT_FOUND otherwise, exactly as for a missing one. */
  visibleUser<T extends UserStanding>(principal: Principal, user: T | null): T {
    if (!user || !DirectoryAccess.canSeeUser(principal, user)) throw DomainError.notFound('User');
    return user;
  },

  /**
   * Deactivates or reactivates an account, which ends access everywhere: a SYSTEM_ADMIN,
   * or one who is ORG_ADMIN of every organisation the person belongs to, provided the
   * person holds no system-wide role.
   */
  administrableUser<T extends UserStanding>(principal: Principal, found: T | null): T {
    const user = DirectoryAccess.visibleUser(principal, found);
    if (principal.isSystemAdmin) return user;
    const adminsAll = user.organisationIds.every((id) => principal.holds(Role.ORG_ADMIN, id));
    if (!adminsAll || user.roles.some((r) => SYSTEM_ONLY_ROLES.includes(r))) throw DomainError.forbidden();
    return user;
  },
};
