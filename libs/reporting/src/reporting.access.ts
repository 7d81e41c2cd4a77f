import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/**
 * Who sees which metrics:
 * - an organisation's: any member of it (every role);
 * - the system's and every organisation's: the system-wide roles (SYSTEM_ADMIN, AUDITOR),
 *   and at the ICB its VIEWERs (the board) and its EPRR lead;
 * - anyone else asking for another organisation's gets NOT_FOUND, as for one that does
 *   not exist; the system's, which names no record, is FORBIDDEN to them.
 */
export const SYSTEM_METRICS_READERS: readonly Role[] = [Role.SYSTEM_ADMIN, Role.AUDITOR, Role.VIEWER, Role.EPRR_LEAD];

/** The roles that, held at the ICB, see the whole system. */
const BOARD_ROLES: readonly Role[] = [Role.VIEWER, Role.EPRR_LEAD];

export const ReportingAccess = {
  /** Organisations where the caller holds a board role: if one is the ICB, the caller sees the system. */
  boardCandidates(principal: Principal): string[] {
    return [...new Set(principal.grants.filter((g) => BOARD_ROLES.includes(g.role)).map((g) => g.organisationId))];
  },

  seesAsMember(principal: Principal, organisationId: string): boolean {
    return AccessPolicy.canSeeOrganisation(principal, organisationId);
  },

  /** `atIcb`: whether one of boardCandidates is the ICB. */
  seesSystem(principal: Principal, atIcb: boolean): boolean {
    return principal.isSystemWide || atIcb;
  },

  assertSeesSystem(principal: Principal, atIcb: boolean): void {
    if (!ReportingAccess.seesSystem(principal, atIcb)) throw DomainError.forbidden();
  },

  assertSeesOrganisation(principal: Principal, organisationId: string, atIcb: boolean, exists: boolean): void {
    const sees =
      ReportingAccess.seesAsMember(principal, organisationId) || ReportingAccess.seesSystem(principal, atIcb);
    if (!sees || !exists) throw DomainError.notFound('Organisation');
  },

  /**
   * The principal reporting reads readiness with, once it has decided the caller may see
   * the figures: the caller, reading as an auditor (read-only and system-wide). Readiness
   * alone would refuse the board, which it does not know of.
   */
  readerFor(principal: Principal, organisationId: string): Principal {
    return new Principal(principal.actor, [{ organisationId, role: Role.AUDITOR, teamId: null }]);
  },
};
