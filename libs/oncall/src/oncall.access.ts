import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/** Who edits an organisation's rotas and escalation policies (besides system administrators). */
export const ROTA_EDITORS: readonly Role[] = [Role.ORG_ADMIN, Role.EPRR_LEAD];

/** Roles of an ICB whose holders see every organisation's rotas and pages: its on-call commanders and EPRR leads. */
export const ICB_ONCALL_ROLES: readonly Role[] = [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD];

/** Who may page an organisation's on-call by hand, among those who see it. */
export const PAGERS: readonly Role[] = [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD, Role.ORG_ADMIN, Role.IG_OFFICER];

/** What access needs to know of an organisation: whether it exists, and whether the caller is the ICB's on-call. */
export interface OrganisationSight {
  organisationId: string;
  /** The caller holds an ICB_ONCALL_ROLES role in an organisation of kind ICB. */
  icbOnCall: boolean;
}

/**
 * Who sees and changes on-call:
 * - rotas, policies and pages of an organisation are seen by its members, by the ICB's
 *   on-call commanders and EPRR leads, and by system-wide roles; anyone else gets NOT_FOUND,
 *   exactly as for an organisation that does not exist;
 * - they are edited by the organisation's ORG_ADMIN or EPRR_LEAD, or a system administrator
 *   (else FORBIDDEN);
 * - a page is raised by hand by an incident commander, EPRR lead, admin or IG officer of the
 *   organisation, by the ICB's on-call, or by a system administrator;
 * - a page is acknowledged by someone it paged, or by an editor of the organisation.
 */
export const OnCallAccess = {
  /** Organisations where the caller holds an ICB on-call role: the candidates for "the ICB's on-call". */
  icbCandidates(principal: Principal): string[] {
    return [...new Set(principal.grants.filter((g) => ICB_ONCALL_ROLES.includes(g.role)).map((g) => g.organisationId))];
  },

  canSee(principal: Principal, sight: OrganisationSight): boolean {
    if (principal.actor.type === 'API_KEY') return AccessPolicy.canSeeOrganisation(principal, sight.organisationId);
    return sight.icbOnCall || AccessPolicy.canSeeOrganisation(principal, sight.organisationId);
  },

  assertCanSee(principal: Principal, sight: OrganisationSight | null, what = 'Organisation'): OrganisationSight {
    if (!sight || !OnCallAccess.canSee(principal, sight)) throw DomainError.notFound(what);
    return sight;
  },

  canEdit(principal: Principal, organisationId: string): boolean {
    return principal.isSystemAdmin || principal.holdsAny(ROTA_EDITORS, organisationId);
  },

  assertCanEdit(principal: Principal, sight: OrganisationSight | null, what = 'Organisation'): OrganisationSight {
    const seen = OnCallAccess.assertCanSee(principal, sight, what);
    if (!OnCallAccess.canEdit(principal, seen.organisationId))
      throw DomainError.forbidden("Only the organisation's admins or EPRR lead edit its on-call");
    return seen;
  },

  assertCanPage(principal: Principal, sight: OrganisationSight | null): OrganisationSight {
    const seen = OnCallAccess.assertCanSee(principal, sight);
    if (!(principal.isSystemAdmin || seen.icbOnCall || principal.holdsAny(PAGERS, seen.organisationId)))
      throw DomainError.forbidden(
        "Only the organisation's commanders, EPRR lead, admins or IG officers, or the ICB's on-call, page it",
      );
    return seen;
  },
};
