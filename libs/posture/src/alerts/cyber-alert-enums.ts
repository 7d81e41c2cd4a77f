import { registerEnumType } from '@nestjs/graphql';

/**
 * The severity NHS England gives a cyber alert. A HIGH one is answered through the
 * "respond to an NHS cyber alert" service within 48 hours (CYBER_ALERT_ACK_HOURS); MEDIUM
 * and LOW ones have no acknowledgement deadline, only the first update's.
 */
export enum CyberAlertSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

/** Where an organisation's response to an alert stands. */
export enum CyberAlertResponseState {
  /** Sent to the organisation; nobody has acknowledged it. */
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  /** The organisation said whether the alert applies to it (and why). */
  APPLICABILITY_STATED = 'APPLICABILITY_STATED',
  /** Remediated, or not applicable: nothing more to do. */
  CLOSED = 'CLOSED',
}

registerEnumType(CyberAlertSeverity, {
  name: 'CyberAlertSeverity',
  description: "NHS England's severity of a cyber alert: HIGH ones are acknowledged within 48 hours.",
});
registerEnumType(CyberAlertResponseState, {
  name: 'CyberAlertResponseState',
  description:
    "An organisation's response to an NHS cyber alert: RECEIVED → ACKNOWLEDGED → APPLICABILITY_STATED → CLOSED.",
});
