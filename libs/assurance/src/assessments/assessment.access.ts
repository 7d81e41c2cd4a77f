import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { FrameworkKind } from '../frameworks/framework-kind';

/** Who may edit an organisation's assessment (their role in it), by framework kind. */
export const EPRR_EDITORS: readonly Role[] = [Role.EPRR_LEAD];
export const DSPT_EDITORS: readonly Role[] = [Role.IG_OFFICER, Role.ORG_ADMIN];
export const ASSESSMENT_EDITORS: readonly Role[] = [...EPRR_EDITORS, ...DSPT_EDITORS];
/** Confirm and challenge, publish: the ICB's EPRR lead (checked by name) or a system administrator. */
export const ASSESSMENT_CONFIRMERS: readonly Role[] = [Role.EPRR_LEAD, Role.SYSTEM_ADMIN];

/** What decides who sees and edits an assessment. */
export interface AssessmentSight {
  organisationId: string;
  frameworkKind: FrameworkKind;
}

/**
 * Who sees and changes assessments:
 * - see: members of the organisation, the ICB's EPRR lead (`icbLead`) and the system-wide roles;
 * - edit (start, rate, submit, raise a gap's action): the organisation's EPRR lead for EPRR
 *   core standards, its IG officer or ORG_ADMIN for the DSPT/CAF and other frameworks;
 * - confirm, return, publish: the ICB's EPRR lead or a system administrator.
 * Out of sight is NOT_FOUND; seen but not allowed is FORBIDDEN.
 */
export const AssessmentAccess = {
  canSeeOrganisation(principal: Principal, organisationId: string, icbLead: boolean): boolean {
    return principal.isSystemWide || icbLead || principal.organisationIds.includes(organisationId);
  },

  assertCanSee<T extends AssessmentSight>(principal: Principal, assessment: T | null, icbLead: boolean): T {
    if (!assessment || !AssessmentAccess.canSeeOrganisation(principal, assessment.organisationId, icbLead))
      throw DomainError.notFound('Assessment');
    return assessment;
  },

  mayEdit(principal: Principal, sight: AssessmentSight): boolean {
    const roles = sight.frameworkKind === FrameworkKind.EPRR_CORE_STANDARDS ? EPRR_EDITORS : DSPT_EDITORS;
    return principal.holdsAny(roles, sight.organisationId);
  },

  assertCanEdit<T extends AssessmentSight>(principal: Principal, assessment: T | null, icbLead: boolean): T {
    const seen = AssessmentAccess.assertCanSee(principal, assessment, icbLead);
    if (!AssessmentAccess.mayEdit(principal, seen)) throw DomainError.forbidden();
    return seen;
  },

  assertCanConfirm<T extends AssessmentSight>(principal: Principal, assessment: T | null, icbLead: boolean): T {
    const seen = AssessmentAccess.assertCanSee(principal, assessment, icbLead);
    if (!(icbLead || principal.isSystemAdmin)) throw DomainError.forbidden();
    return seen;
  },
};
