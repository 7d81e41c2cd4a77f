import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { CommandRole, IncidentAccess, IncidentSight } from '@muster/incidents';

/** Command roles on the incident whose holders read every thread's decision content. */
export const CONTENT_COMMAND_ROLES: readonly CommandRole[] = [CommandRole.COMMANDER, CommandRole.IG_LEAD];

/**
 * Who sees and records the IG decision log, on top of incident sight:
 * - a thread is seen by whoever sees its incident (IncidentAccess), with its clocks, and
 *   the type and outcome of each decision; otherwise NOT_FOUND, as for a missing id;
 * - the content of its decisions and notifications (data involved, grading, rationale,
 *   legal basis, consultations, references, reasons) only by the organisation's IG
 *   officers, the incident's commander and IG lead, auditors and system administrators;
 * - an organisation's thread is opened, and its decisions and notifications recorded,
 *   only by a named IG officer of that organisation (else FORBIDDEN).
 */
export const IgAccess = {
  canSeeThread(principal: Principal, sight: IncidentSight, icbIds: readonly string[]): boolean {
    return IncidentAccess.canSee(principal, sight, icbIds);
  },

  assertCanSeeThread<T extends IncidentSight>(
    principal: Principal,
    thread: (T & { icbIds: readonly string[] }) | null | undefined,
    what = 'IG thread',
  ): T {
    if (!thread || !IgAccess.canSeeThread(principal, thread, thread.icbIds)) throw DomainError.notFound(what);
    return thread;
  },

  canSeeContent(principal: Principal, organisationId: string, sight: IncidentSight): boolean {
    return (
      principal.isSystemWide ||
      principal.holds(Role.IG_OFFICER, organisationId) ||
      CONTENT_COMMAND_ROLES.some((role) => IncidentAccess.holdsCommandRole(principal, sight, role))
    );
  },

  assertCanRecord(principal: Principal, organisationId: string): void {
    if (!principal.holds(Role.IG_OFFICER, organisationId))
      throw DomainError.forbidden('Only an IG officer of the organisation records its IG decisions');
    if (!principal.userId) throw DomainError.forbidden('An IG decision needs a named person, not an API key');
  },
};
