/** Audit actions of SOC posture. A string, once recorded, never changes. */
export const PostureAudit = {
  /** A day's posture of an organisation reported for the first time. */
  reportRecorded: 'posture.report_recorded',
  /** A day reported again with other values: the event keeps the values before and after. */
  reportSuperseded: 'posture.report_superseded',
  /** A critical vulnerability past the patch target raised an assignment for the organisation. */
  breachRaised: 'posture.breach_raised',
} as const;

/** Audit actions of NHS cyber alerts. A string, once recorded, never changes. */
export const CyberAlertAudit = {
  /** The SOC recorded an alert for the organisations it goes to (one event per alert). */
  recorded: 'cyber_alert.recorded',
  acknowledged: 'cyber_alert.acknowledged',
  applicabilityStated: 'cyber_alert.applicability_stated',
  updateAdded: 'cyber_alert.update_added',
  closed: 'cyber_alert.closed',
  /** A response fell overdue and raised its one assignment. */
  overdueRaised: 'cyber_alert.overdue_raised',
  /** A high-severity alert was still unacknowledged at CYBER_ALERT_UNACKNOWLEDGED_PAGE_HOURS: the watchers were told. */
  unacknowledgedWatched: 'cyber_alert.unacknowledged_watched',
  /** An alert and its responses' history written by the demo seed with their historical times. */
  imported: 'cyber_alert.imported',
} as const;
