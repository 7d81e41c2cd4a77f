import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/*
 * Who sees and changes runbooks, on top of the access policy: an organisation's members
 * see its runbooks; everyone signed in sees the ICS templates; system-wide roles see all.
 */

export interface RunbookOwnership {
  organisationId: string;
  isTemplate: boolean;
}

export function canSeeRunbook(principal: Principal, runbook: RunbookOwnership): boolean {
  return runbook.isTemplate || AccessPolicy.canSeeOrganisation(principal, runbook.organisationId);
}

/** NOT_FOUND for a runbook the caller may not see, exactly like a missing one. */
export function assertCanSeeRunbook<T extends RunbookOwnership>(principal: Principal, runbook: T | null | undefined, entity = 'Runbook'): T {
  if (!runbook || !canSeeRunbook(principal, runbook)) throw DomainError.notFound(entity);
  return runbook;
}

/** Visible (else NOT_FOUND) and one of `roles` held in the owning organisation (else FORBIDDEN). */
export function assertCanActOnRunbook<T extends RunbookOwnership>(principal: Principal, runbook: T | null | undefined, roles: readonly Role[], entity = 'Runbook'): T {
  const visible = assertCanSeeRunbook(principal, runbook, entity);
  if (!principal.holdsAny(roles, visible.organisationId)) throw DomainError.forbidden();
  return visible;
}
