/** Audit actions of SOC posture. A string, once recorded, never changes. */
export const PostureAudit = {
  /** A day's posture of an organisation reported for the first time. */
  reportRecorded: 'posture.report_recorded',
  /** A day reported again with other values: the event keeps the values before and after. */
  reportSuperseded: 'posture.report_superseded',
  /** A critical vulnerability past the patch target raised an assignment for the organisation. */
  breachRaised: 'posture.breach_raised',
} as const;
