/**
 * The audit actions of the IG decision log. Each carries the incident's id (so the
 * timeline shows that it happened) and the thread's organisation; its summary and changes
 * name the decision's type and outcome, never its content (the content is the immutable
 * row itself; `changes.contentSha256` ties the event to it). The strings are part of the
 * trail's history: never change one.
 */
export const GovernanceAudit = {
  threadOpened: 'ig.thread_opened',
  decisionRecorded: 'ig.decision_recorded',
  decisionSuperseded: 'ig.decision_superseded',
  notificationRecorded: 'ig.notification_recorded',
} as const;

export type GovernanceAuditAction = (typeof GovernanceAudit)[keyof typeof GovernanceAudit];

/** What the audit trail calls the records of the IG decision log. */
export const IG_ENTITY = {
  thread: 'ig_thread',
  decision: 'ig_decision',
  notification: 'ig_notification',
} as const;
