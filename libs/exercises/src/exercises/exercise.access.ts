import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/** Who records exercises for an organisation, and adds to them. */
export const EXERCISE_RECORDERS: readonly Role[] = [Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.EPRR_LEAD];

/** What decides who sees an exercise: its organiser and the organisations that took part. */
export interface ExerciseSight {
  organisingOrganisationId: string;
  participantIds: readonly string[];
}

/**
 * Who sees and records exercises, built on AccessPolicy's rules:
 * - see: members of the organising organisation or of one that took part, the system-wide
 *   roles, and the ICB's EPRR lead (`icbLead`: who assures every organisation's exercising);
 * - record one, or add participants, runbooks and findings: the organising organisation's
 *   EPRR lead or admin, or a system administrator.
 * Out of sight is NOT_FOUND, like an exercise that does not exist; seen but not allowed is FORBIDDEN.
 */
export const ExerciseAccess = {
  canSee(principal: Principal, exercise: ExerciseSight, icbLead: boolean): boolean {
    if (principal.isSystemWide || icbLead) return true;
    const mine = principal.organisationIds;
    return [exercise.organisingOrganisationId, ...exercise.participantIds].some((id) => mine.includes(id));
  },

  assertCanSee(principal: Principal, exercise: ExerciseSight | null, icbLead: boolean): ExerciseSight {
    if (!exercise || !ExerciseAccess.canSee(principal, exercise, icbLead)) throw DomainError.notFound('Exercise');
    return exercise;
  },

  /** Records for the organising organisation: NOT_FOUND when it is out of sight, FORBIDDEN without the role. */
  assertCanRecordFor(principal: Principal, organisationId: string, icbLead: boolean): void {
    const inSight = principal.isSystemWide || icbLead || principal.organisationIds.includes(organisationId);
    if (!inSight) throw DomainError.notFound('Organisation');
    if (!ExerciseAccess.mayRecordFor(principal, organisationId)) throw DomainError.forbidden();
  },

  assertCanChange(principal: Principal, exercise: ExerciseSight | null, icbLead: boolean): ExerciseSight {
    const seen = ExerciseAccess.assertCanSee(principal, exercise, icbLead);
    if (!ExerciseAccess.mayRecordFor(principal, seen.organisingOrganisationId)) throw DomainError.forbidden();
    return seen;
  },

  mayRecordFor(principal: Principal, organisationId: string): boolean {
    return principal.isSystemAdmin || principal.holdsAny([Role.ORG_ADMIN, Role.EPRR_LEAD], organisationId);
  },
};
