import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/** What the rules see of a runbook: whose it is, and whether it is an ICS template. */
export interface RunbookOwnership {
  organisationId: string;
  isTemplate: boolean;
}

/**
 * Who sees and changes runbooks, on top of the access policy: an organisation's members
 * see its runbooks; everyone signed in sees the ICS templates; system-wide roles see all.
 */
export const RunbookAccess = {
  canSee(principal: Principal, runbook: RunbookOwnership): boolean {
    return runbook.isTemplate || AccessPolicy.canSeeOrganisation(principal, runbook.organisationId);
  },

  /** NOT_FOUND for a runbook the caller may not see, exactly like a missing one. */
  assertCanSee<T extends RunbookOwnership>(principal: Principal, runbook: T | null | undefined, entity = 'Runbook'): T {
    if (!runbook || !RunbookAccess.canSee(principal, runbook)) throw DomainError.notFound(entity);
    return runbook;
  },

  /** Visible (else NOT_FOUND) and one of `roles` held in the owning organisation (else FORBIDDEN). */
  assertCanAct<T extends RunbookOwnership>(principal: Principal, runbook: T | null | undefined, roles: readonly Role[], entity = 'Runbook'): T {
    const visible = RunbookAccess.assertCanSee(principal, runbook, entity);
    if (!principal.holdsAny(roles, visible.organisationId)) throw DomainError.forbidden();
    return visible;
  },
};
