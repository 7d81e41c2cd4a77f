import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { RESPONSE_ROLES } from './cyber-alert-transitions';

/** Who records NHS cyber alerts: these roles held in an organisation of kind SOC. */
export const ALERT_RECORDER_ROLES: readonly Role[] = [Role.ORG_ADMIN, Role.RESPONDER, Role.INCIDENT_COMMANDER];

/** What decides what a caller sees and does of cyber alerts, read in one statement (CyberAlertStore.sight). */
export interface CyberAlertSight {
  /** SOC organisations the caller is a member of. */
  socIds: readonly string[];
  /** ICBs where the caller is EPRR lead. */
  icbLeadIds: readonly string[];
  /** The caller's teams that are Cyber/SOC or Digital teams. */
  cyberTeamIds: readonly string[];
}

/**
 * Who sees and moves NHS cyber alert responses:
 * - sees all: the SOC's members, system-wide roles and the ICB's EPRR lead; an
 *   organisation's members see its own responses (and the alerts it received); anyone else
 *   gets NOT_FOUND, as for an alert that does not exist. An API key sees nothing.
 * - records an alert: ORG_ADMIN, RESPONDER or INCIDENT_COMMANDER of a SOC, for any organisations.
 * - moves a response: the organisation's ORG_ADMIN or EPRR_LEAD, a RESPONDER of its
 *   Cyber/SOC or Digital team, or the same roles held in the SOC (on its behalf); others who
 *   see it get FORBIDDEN.
 */
export const CyberAlertAccess = {
  readsAll(principal: Principal, sight: CyberAlertSight): boolean {
    if (principal.actor.type === 'API_KEY') return false;
    return principal.isSystemWide || sight.socIds.length > 0 || sight.icbLeadIds.length > 0;
  },

  /** The organisations whose responses the caller sees: all (null), or theirs. */
  scope(principal: Principal, sight: CyberAlertSight): string[] | null {
    if (principal.actor.type === 'API_KEY') return [];
    return CyberAlertAccess.readsAll(principal, sight) ? null : principal.organisationIds;
  },

  canSeeResponse(principal: Principal, sight: CyberAlertSight, organisationId: string): boolean {
    const scope = CyberAlertAccess.scope(principal, sight);
    return scope === null || scope.includes(organisationId);
  },

  /** An alert is seen by whoever sees one of its responses. */
  assertCanSeeAlert(principal: Principal, sight: CyberAlertSight, organisationIds: readonly string[] | null): void {
    if (!organisationIds || !organisationIds.some((id) => CyberAlertAccess.canSeeResponse(principal, sight, id)))
      throw DomainError.notFound('Cyber alert');
  },

  /** The SOC the caller records for; FORBIDDEN for anyone not holding a recorder role in a SOC. */
  recordingSoc(principal: Principal, sight: CyberAlertSight): string {
    const soc = [...sight.socIds].sort().find((id) => principal.holdsAny(ALERT_RECORDER_ROLES, id));
    if (!soc || !principal.userId) throw DomainError.forbidden('Only the SOC records NHS cyber alerts');
    return soc;
  },

  /** NOT_FOUND when the response is out of sight; FORBIDDEN for one seen but not the caller's to move. */
  assertCanMove(principal: Principal, sight: CyberAlertSight, organisationId: string | null): void {
    if (!organisationId || !CyberAlertAccess.canSeeResponse(principal, sight, organisationId))
      throw DomainError.notFound('Cyber alert response');
    if (!CyberAlertAccess.mayMove(principal, sight, organisationId)) throw DomainError.forbidden();
  },

  mayMove(principal: Principal, sight: CyberAlertSight, organisationId: string): boolean {
    if (principal.actor.type === 'API_KEY') return false;
    if (sight.socIds.some((soc) => principal.holdsAny(RESPONSE_ROLES, soc))) return true;
    return principal.grants.some(
      (g) =>
        g.organisationId === organisationId &&
        (g.role === Role.ORG_ADMIN ||
          g.role === Role.EPRR_LEAD ||
          (g.role === Role.RESPONDER && g.teamId !== null && sight.cyberTeamIds.includes(g.teamId))),
    );
  },
};
