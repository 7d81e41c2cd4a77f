import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/** What the rules see of a runbook: whose it is, and whether it is an ICS template. */
export interface RunbookOwnership {
  organisationId: string;
  isTemplate: boolean;
}

/**
 * Roles that, held at the ICB (the organisation of kind ICB), read every organisation's
 * runbooks and versions: the ICB's EPRR lead assures its providers' plans (the evidence
 * behind a gap readiness shows them) and its incident commanders run system-wide incidents
 * on them. Reading only: changes stay with the owning organisation.
 */
export const ICB_RUNBOOK_READERS: readonly Role[] = [Role.EPRR_LEAD, Role.INCIDENT_COMMANDER];

/**
 * Who sees and changes runbooks, on top of the access policy: an organisation's members
 * see its runbooks; everyone signed in sees the ICS templates; system-wide roles and the
 * ICB's readers (ICB_RUNBOOK_READERS) see all. `icbIds` are the ICBs among the caller's
 * organisations (RunbookStore.icbReaderSight looks them up when they decide something);
 * without them the caller is judged on their own organisations only.
 */
export const RunbookAccess = {
  /** Organisations where the caller holds an ICB reader role: if one of them is the ICB, they read every runbook. */
  icbReaderCandidates(principal: Principal): string[] {
    return [
      ...new Set(principal.grants.filter((g) => ICB_RUNBOOK_READERS.includes(g.role)).map((g) => g.organisationId)),
    ];
  },

  readsEveryOrganisation(principal: Principal, icbIds: readonly string[]): boolean {
    return principal.isSystemWide || icbIds.some((id) => principal.holdsAny(ICB_RUNBOOK_READERS, id));
  },

  canSee(principal: Principal, runbook: RunbookOwnership, icbIds: readonly string[] = []): boolean {
    return (
      runbook.isTemplate ||
      AccessPolicy.canSeeOrganisation(principal, runbook.organisationId) ||
      RunbookAccess.readsEveryOrganisation(principal, icbIds)
    );
  },

  /** NOT_FOUND for a runbook the caller may not see, exactly like a missing one. */
  assertCanSee<T extends RunbookOwnership>(
    principal: Principal,
    runbook: T | null | undefined,
    entity = 'Runbook',
    icbIds: readonly string[] = [],
  ): T {
    if (!runbook || !RunbookAccess.canSee(principal, runbook, icbIds)) throw DomainError.notFound(entity);
    return runbook;
  },

  /** Visible (else NOT_FOUND) and one of `roles` held in the owning organisation (else FORBIDDEN). */
  assertCanAct<T extends RunbookOwnership>(
    principal: Principal,
    runbook: T | null | undefined,
    roles: readonly Role[],
    entity = 'Runbook',
    icbIds: readonly string[] = [],
  ): T {
    const visible = RunbookAccess.assertCanSee(principal, runbook, entity, icbIds);
    if (!principal.holdsAny(roles, visible.organisationId)) throw DomainError.forbidden();
    return visible;
  },
};
