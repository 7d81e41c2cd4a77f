import { DomainError } from '@muster/platform-core';
import { Principal } from './principal';
import { Role } from './role';

/** Which organisations' records a caller may read: all of them, or a list. */
export type OrganisationScope = { all: true } | { all: false; ids: string[] };

/**
 * The tenancy and role rules, in one place. Services call these on their first line for
 * the record at hand; list queries filter by `organisationScope`.
 */
export const AccessPolicy = {
  organisationScope(principal: Principal): OrganisationScope {
    return principal.isSystemWide ? { all: true } : { all: false, ids: principal.organisationIds };
  },

  canSeeOrganisation(principal: Principal, organisationId: string): boolean {
    return principal.isSystemWide || principal.organisationIds.includes(organisationId);
  },

  /**
   * The record belongs to `organisationId`; the caller must be able to see it (else it
   * does not exist for them: NOT_FOUND) and hold one of `roles` there (else FORBIDDEN).
   */
  assertCanAct(principal: Principal, organisationId: string, roles: readonly Role[], entity: string): void {
    if (!AccessPolicy.canSeeOrganisation(principal, organisationId)) throw DomainError.notFound(entity);
    if (!principal.holdsAny(roles, organisationId)) throw DomainError.forbidden();
  },

  /** Read access: NOT_FOUND when the record's organisation is out of the caller's sight. */
  assertCanSee(principal: Principal, organisationId: string, entity: string): void {
    if (!AccessPolicy.canSeeOrganisation(principal, organisationId)) throw DomainError.notFound(entity);
  },

  assertSystemAdmin(principal: Principal): void {
    if (!principal.isSystemAdmin) throw DomainError.forbidden();
  },
};
