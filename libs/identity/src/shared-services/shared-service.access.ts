import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/** Who may record or end an arrangement: the roles of the resolver; the service checks an EPRR lead is the ICB's. */
export const SHARED_SERVICE_EDITORS: readonly Role[] = [Role.SYSTEM_ADMIN, Role.EPRR_LEAD];

/**
 * Who sees and records shared services, built on AccessPolicy:
 * - see an organisation's arrangements (those it receives and those it provides): its
 *   members, the system-wide roles, and the ICB's EPRR lead (`icbLead`);
 * - record or end one: a system administrator or the ICB's EPRR lead — the ICS decides
 *   who delivers what for whom, not the client or the provider alone.
 * Out of sight is NOT_FOUND, like an organisation that does not exist; seen but not
 * allowed is FORBIDDEN.
 */
export const SharedServiceAccess = {
  canSee(principal: Principal, organisationId: string, icbLead: boolean): boolean {
    return icbLead || AccessPolicy.canSeeOrganisation(principal, organisationId);
  },

  assertCanSee(principal: Principal, organisationId: string, icbLead: boolean): void {
    if (!SharedServiceAccess.canSee(principal, organisationId, icbLead)) throw DomainError.notFound('Organisation');
  },

  /**
   * The client must be in sight; then only a system administrator or the ICB's EPRR lead.
   * (The provider is any organisation of the ICS: organisations are public within it.)
   */
  assertCanRecord(principal: Principal, clientOrganisationId: string, icbLead: boolean): void {
    SharedServiceAccess.assertCanSee(principal, clientOrganisationId, icbLead);
    if (!(principal.isSystemAdmin || icbLead)) throw DomainError.forbidden();
  },
};
