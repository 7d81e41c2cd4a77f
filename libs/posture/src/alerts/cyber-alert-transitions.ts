import { Guard, Role, Transition, transitionTable } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { CyberAlertResponseState } from './cyber-alert-enums';

const { RECEIVED, ACKNOWLEDGED, APPLICABILITY_STATED } = CyberAlertResponseState;

/** What a rule sees of the response and the caller. */
export interface CyberAlertResponseFacts {
  status: CyberAlertResponseState;
  /** The user asking; null for an API key or the system. */
  actorUserId: string | null;
}

export type CyberAlertResponseAction = 'acknowledge' | 'stateApplicability' | 'addUpdate' | 'close';

/**
 * Who moves an organisation's response: its admins, EPRR leads and the responders of its
 * Cyber/SOC or Digital team (CyberAlertAccess narrows RESPONDER to those teams) — or the
 * same roles held in the SOC, answering on the organisation's behalf.
 */
export const RESPONSE_ROLES: readonly Role[] = [Role.ORG_ADMIN, Role.EPRR_LEAD, Role.RESPONDER];

const byAPerson: Guard<CyberAlertResponseFacts> = (f) =>
  f.actorUserId ? null : DomainError.forbidden('A cyber alert response is given by a named person, not an API key');

const row = (
  action: CyberAlertResponseAction,
  from: CyberAlertResponseState[],
  to: CyberAlertResponseState | null,
  summary: string,
): Transition<CyberAlertResponseAction, CyberAlertResponseState, CyberAlertResponseFacts> => ({
  action,
  from,
  to,
  roles: RESPONSE_ROLES,
  requires: [{ rule: 'a named person', check: byAPerson }],
  summary,
});

/**
 * The "respond to an NHS cyber alert" service as a table. Acknowledge on receipt; state
 * whether the alert applies (again, to correct it, until closed); give progress updates
 * once acknowledged (appended, never changed); close once the applicability is stated —
 * remediated, or not applicable.
 */
export const CyberAlertResponseTransitions = transitionTable<
  CyberAlertResponseAction,
  CyberAlertResponseState,
  CyberAlertResponseFacts
>({
  subject: 'cyber alert response',
  rows: [
    row('acknowledge', [RECEIVED], ACKNOWLEDGED, 'acknowledge the cyber alert'),
    row(
      'stateApplicability',
      [ACKNOWLEDGED, APPLICABILITY_STATED],
      APPLICABILITY_STATED,
      "state the cyber alert's applicability",
    ),
    row('addUpdate', [ACKNOWLEDGED, APPLICABILITY_STATED], null, 'add an update to the cyber alert response'),
    row('close', [APPLICABILITY_STATED], CyberAlertResponseState.CLOSED, 'close the cyber alert response'),
  ],
  wrongStateHints: {
    [RECEIVED]: 'is not acknowledged yet: acknowledge it first',
    [ACKNOWLEDGED]: 'is acknowledged, its applicability not stated yet: state whether the alert applies first',
    [APPLICABILITY_STATED]: 'is already acknowledged',
    [CyberAlertResponseState.CLOSED]: 'is closed',
  },
});
