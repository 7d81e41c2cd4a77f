/** The audit actions of notifications (see IdentityAudit: never change a string). */
export const NotificationAudit = {
  raised: 'notification.raised',
  read: 'notification.read',
  /** A batch of due deliveries taken by one worker, for one lease. */
  deliveriesClaimed: 'notification.deliveries_claimed',
  delivered: 'notification.delivered',
  /** One attempt failed; another follows after the backoff. */
  deliveryAttemptFailed: 'notification.delivery_attempt_failed',
  /** The last attempt failed (or the failure cannot heal): the organisation's admins are told. */
  deliveryFailed: 'notification.delivery_failed',
  preferenceSet: 'notification.preference_set',
  webhookSet: 'notification.webhook_set',
  webhookRemoved: 'notification.webhook_removed',
} as const;

export type NotificationAction = (typeof NotificationAudit)[keyof typeof NotificationAudit];
