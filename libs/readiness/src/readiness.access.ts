import { ALL_ROLES, AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/**
 * Who sees readiness, built on AccessPolicy:
 * - an organisation's readiness: any member of it (every role: responders and viewers on
 *   call need to know the gaps too), and whoever coordinates the system;
 * - the system matrix and every organisation's readiness: the system-wide roles
 *   (SYSTEM_ADMIN, AUDITOR) and the EPRR lead of the ICB, which coordinates the system's
 *   preparedness and assures its providers.
 * An organisation out of sight is NOT_FOUND, exactly like one that does not exist; the
 * matrix, which names no record, is FORBIDDEN to anyone else.
 */
export const READINESS_READERS: readonly Role[] = ALL_ROLES;

export const SYSTEM_READINESS_READERS: readonly Role[] = [Role.SYSTEM_ADMIN, Role.AUDITOR, Role.EPRR_LEAD];

export const ReadinessAccess = {
  /** Organisations where the caller is EPRR lead: if one is the ICB, the caller coordinates the system. */
  eprrLeadOrganisations(principal: Principal): string[] {
    return principal.grants.filter((g) => g.role === Role.EPRR_LEAD).map((g) => g.organisationId);
  },

  coordinatesSystem(principal: Principal, icbIds: readonly string[]): boolean {
    return principal.isSystemWide || icbIds.some((id) => principal.holds(Role.EPRR_LEAD, id));
  },

  /** Members see their own organisation without a database round trip. */
  seesAsMember(principal: Principal, organisationId: string): boolean {
    return AccessPolicy.canSeeOrganisation(principal, organisationId);
  },

  assertCoordinatesSystem(principal: Principal, icbIds: readonly string[]): void {
    if (!ReadinessAccess.coordinatesSystem(principal, icbIds)) throw DomainError.forbidden();
  },
};
