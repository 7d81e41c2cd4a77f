import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { MANAGER_ROLES, WORKER_ROLES } from './assignment-transitions';

/** What decides who sees an assignment. */
export interface AssignmentSight {
  /** The owning organisation: its members see and work it. */
  organisationId: string;
  /** The assigning side: its members see its progress. */
  assigningOrganisationId: string;
  /** Who holds the COMMANDER role of its incident now (none without an incident): they see it too. */
  incidentCommanderIds: readonly string[];
}

/**
 * Who sees and acts on an assignment, on top of the access policy:
 * - sees it: members of the owning organisation, members of the assigning side (the ICB,
 *   the incident's lead organisation or the owner itself), the current commander of its
 *   incident, and ICS-wide roles (system admins, auditors). Anyone else: NOT_FOUND, as
 *   for a missing id;
 * - acts on it: one of the table row's roles held in the owning organisation or on the
 *   assigning side, or held anywhere by the incident's commander (FORBIDDEN otherwise);
 *   working it (the rows with "by the owning organisation") needs a worker role in the
 *   owning organisation itself.
 */
export const AssignmentAccess = {
  isIncidentCommander(principal: Principal, sight: AssignmentSight): boolean {
    return principal.userId !== null && sight.incidentCommanderIds.includes(principal.userId);
  },

  canSee(principal: Principal, sight: AssignmentSight): boolean {
    const orgs = principal.organisationIds;
    return (
      principal.isSystemWide ||
      orgs.includes(sight.organisationId) ||
      orgs.includes(sight.assigningOrganisationId) ||
      AssignmentAccess.isIncidentCommander(principal, sight)
    );
  },

  assertCanSee<T extends AssignmentSight>(principal: Principal, sight: T | null | undefined): T {
    if (!sight || !AssignmentAccess.canSee(principal, sight)) throw DomainError.notFound('Assignment');
    return sight;
  },

  /** Works it: a worker role in the owning organisation. */
  owns(principal: Principal, sight: AssignmentSight): boolean {
    return principal.holdsAny(WORKER_ROLES, sight.organisationId);
  },

  canAct(principal: Principal, sight: AssignmentSight, roles: readonly Role[]): boolean {
    return (
      principal.holdsAny(roles, sight.organisationId) ||
      principal.holdsAny(roles, sight.assigningOrganisationId) ||
      (AssignmentAccess.isIncidentCommander(principal, sight) && principal.holdsAny(roles))
    );
  },

  assertCanAct<T extends AssignmentSight>(
    principal: Principal,
    sight: T | null | undefined,
    roles: readonly Role[],
  ): T {
    const visible = AssignmentAccess.assertCanSee(principal, sight);
    if (!AssignmentAccess.canAct(principal, visible, roles)) throw DomainError.forbidden();
    return visible;
  },

  /**
   * The side a new assignment is assigned from: the owning organisation itself for its own
   * leads; else an ICB where the caller is a lead (`icbIds`: the ICBs among their
   * organisations); else, on an incident, its lead organisation for its commander.
   * FORBIDDEN for the owner's other members; NOT_FOUND for anyone else, as for an
   * organisation that does not exist (it is not theirs to assign to).
   */
  assigningSide(
    principal: Principal,
    owningOrganisationId: string,
    icbIds: readonly string[],
    incident: { leadOrganisationId: string; commanderIds: readonly string[] } | null,
  ): string {
    if (principal.holdsAny(MANAGER_ROLES, owningOrganisationId)) return owningOrganisationId;
    const icb = icbIds.find((id) => principal.holdsAny(MANAGER_ROLES, id));
    if (icb) return icb;
    if (incident && principal.userId && incident.commanderIds.includes(principal.userId)) {
      return incident.leadOrganisationId;
    }
    if (principal.organisationIds.includes(owningOrganisationId)) {
      throw DomainError.forbidden(
        "Assignments are given by the owning organisation's leads, the ICB, or an incident's commander on that incident",
      );
    }
    throw DomainError.notFound('Organisation');
  },
};
