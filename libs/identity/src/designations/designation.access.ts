import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/**
 * Who sees and changes an organisation's designations, built on AccessPolicy:
 * - see: its members, the system-wide roles, and the ICB's EPRR lead (who assures the
 *   providers' preparedness; `icbLead` says whether the caller is one);
 * - change: its EPRR lead or organisation admin, or a system administrator.
 * Out of sight is NOT_FOUND, like an organisation that does not exist; seen but not
 * allowed is FORBIDDEN.
 */
export const DESIGNATION_EDITORS: readonly Role[] = [Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.EPRR_LEAD];

export const DesignationAccess = {
  canSee(principal: Principal, organisationId: string, icbLead: boolean): boolean {
    return icbLead || AccessPolicy.canSeeOrganisation(principal, organisationId);
  },

  assertCanSee(principal: Principal, organisationId: string, icbLead: boolean): void {
    if (!DesignationAccess.canSee(principal, organisationId, icbLead)) throw DomainError.notFound('Organisation');
  },

  assertCanChange(principal: Principal, organisationId: string, icbLead: boolean): void {
    DesignationAccess.assertCanSee(principal, organisationId, icbLead);
    const allowed = principal.isSystemAdmin || principal.holdsAny([Role.ORG_ADMIN, Role.EPRR_LEAD], organisationId);
    if (!allowed) throw DomainError.forbidden();
  },
};
