import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { CommandRole } from './incident-enums';

/** What decides who sees an incident: its organisations and who holds a command role on it now. */
export interface IncidentSight {
  leadOrganisationId: string;
  affectedOrganisationIds: readonly string[];
  /** Current holders of a command role. */
  roleHolders: readonly { userId: string; role: CommandRole }[];
}

/** Roles that, held at the ICB (the organisation of kind ICB), see every incident of the ICS. */
export const ICB_INCIDENT_ROLES: readonly Role[] = [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD];

/**
 * Who sees and acts on an incident, on top of the access policy:
 * - sees it: members of its lead and affected organisations, holders of a command role on
 *   it, and ICS-wide roles — system admins, auditors, the ICB's incident commanders and
 *   EPRR lead. Everyone else gets NOT_FOUND, exactly as for a missing id;
 * - acts on it (a table row's roles): one of the roles held in the lead organisation or at
 *   the ICB, or held anywhere by a holder of a command role on it. Otherwise FORBIDDEN.
 * `icbIds` are the ICBs among the caller's organisations where they hold an ICB_INCIDENT_ROLE
 * (IncidentStore.icbSight looks them up); sight per incident comes from the store too.
 */
export const IncidentAccess = {
  /** Organisations where the caller holds a role that, at the ICB, sees every incident. */
  icbCandidates(principal: Principal): string[] {
    return [
      ...new Set(principal.grants.filter((g) => ICB_INCIDENT_ROLES.includes(g.role)).map((g) => g.organisationId)),
    ];
  },

  seesEveryIncident(principal: Principal, icbIds: readonly string[]): boolean {
    return principal.isSystemWide || icbIds.some((id) => principal.holdsAny(ICB_INCIDENT_ROLES, id));
  },

  isIcbCommander(principal: Principal, icbIds: readonly string[]): boolean {
    return icbIds.some((id) => principal.holds(Role.INCIDENT_COMMANDER, id));
  },

  holdsCommandRole(principal: Principal, sight: IncidentSight, role?: CommandRole): boolean {
    const userId = principal.userId;
    return (
      userId !== null && sight.roleHolders.some((h) => h.userId === userId && (role === undefined || h.role === role))
    );
  },

  canSee(principal: Principal, sight: IncidentSight, icbIds: readonly string[]): boolean {
    const orgs = principal.organisationIds;
    return (
      orgs.includes(sight.leadOrganisationId) ||
      sight.affectedOrganisationIds.some((id) => orgs.includes(id)) ||
      IncidentAccess.holdsCommandRole(principal, sight) ||
      IncidentAccess.seesEveryIncident(principal, icbIds)
    );
  },

  /** NOT_FOUND for an incident the caller may not see, exactly like a missing one. */
  assertCanSee<T extends IncidentSight>(
    principal: Principal,
    sight: T | null | undefined,
    icbIds: readonly string[],
  ): T {
    if (!sight || !IncidentAccess.canSee(principal, sight, icbIds)) throw DomainError.notFound('Incident');
    return sight;
  },

  canAct(principal: Principal, sight: IncidentSight, roles: readonly Role[], icbIds: readonly string[]): boolean {
    return (
      principal.holdsAny(roles, sight.leadOrganisationId) ||
      icbIds.some((id) => principal.holdsAny(roles, id)) ||
      (IncidentAccess.holdsCommandRole(principal, sight) && principal.holdsAny(roles))
    );
  },

  /** Visible (else NOT_FOUND) and one of `roles` as canAct says (else FORBIDDEN). */
  assertCanAct<T extends IncidentSight>(
    principal: Principal,
    sight: T | null | undefined,
    roles: readonly Role[],
    icbIds: readonly string[],
  ): T {
    const visible = IncidentAccess.assertCanSee(principal, sight, icbIds);
    if (!IncidentAccess.canAct(principal, visible, roles, icbIds)) throw DomainError.forbidden();
    return visible;
  },
};
