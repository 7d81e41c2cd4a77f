import { Injectable } from '@nestjs/common';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { NotificationKind } from '../kinds/notification-kind';

/** A claimed delivery with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  notificationId: string;
  organisationId: string | null;
  channel: 'EMAIL' | 'WEBHOOK' | 'SMS';
  address: string | null;
  teamId: string | null;
  /** This attempt's number (the claim counted it). */
  attempts: number;
  maxAttempts: number;
  kind: NotificationKind;
  title: string;
  body: string;
  urgent: boolean;
  createdAt: Date;
  /** The webhook's URL as configured now; null if it was removed. */
  webhookUrl: string | null;
}

/**
 * notification_delivery as the worker uses it. A claim marks due deliveries SENDING with a
 * lease and counts the attempt; an outcome is written only by the claim that still holds
 * the delivery (same status and attempt number): one whose lease ran out and was claimed
 * again by another process writes nothing.
 */
@Injectable()
export class DeliveryStore {
  /** Up to `limit` due deliveries (pending and due, or leased and expired), skipping those another transaction holds. */
  claim(tx: Transaction, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    return sqlRows<ClaimedDelivery>(
      tx.manager,
      `WITH due AS (
         SELECT id FROM notification_delivery
          WHERE (status = 'PENDING' AND next_attempt_at <= $1) OR (status = 'SENDING' AND locked_until <= $1)
          ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE notification_delivery d SET status = 'SENDING', attempts = d.attempts + 1, locked_until = $2
           FROM due WHERE d.id = due.id
         RETURNING d.id, d.notification_id, d.organisation_id, d.channel, d.address, d.team_id, d.attempts, d.max_attempts
       )
       SELECT c.id, c.notification_id AS "notificationId", c.organisation_id AS "organisationId", c.channel, c.address,
              c.team_id AS "teamId", c.attempts, c.max_attempts AS "maxAttempts", n.kind, n.title, n.body, n.urgent,
              n.created_at AS "createdAt", w.url AS "webhookUrl"
         FROM claimed c JOIN notification n ON n.id = c.notification_id
         LEFT JOIN notification_webhook w ON c.channel = 'WEBHOOK' AND w.organisation_id = c.organisation_id AND w.team_id IS NOT DISTINCT FROM c.team_id
        ORDER BY c.id`,
      [tx.now, leaseUntil, limit],
    );
  }

  /** True if this claim still held the delivery and it is now DELIVERED. */
  async delivered(tx: Transaction, d: ClaimedDelivery): Promise<boolean> {
    const { count } = await sqlChange(
      tx.manager,
      `UPDATE notification_delivery SET status = 'DELIVERED', delivered_at = $3, locked_until = NULL, last_error = NULL
        WHERE id = $1 AND status = 'SENDING' AND attempts = $2`,
      [d.id, d.attempts, tx.now],
    );
    return count === 1;
  }

  /** True if this claim still held the delivery and it is now due again at `at`. */
  async retryAt(tx: Transaction, d: ClaimedDelivery, at: Date, error: string): Promise<boolean> {
    const { count } = await sqlChange(
      tx.manager,
      `UPDATE notification_delivery SET status = 'PENDING', next_attempt_at = $3, locked_until = NULL, last_error = $4
        WHERE id = $1 AND status = 'SENDING' AND attempts = $2`,
      [d.id, d.attempts, at, error],
    );
    return count === 1;
  }

  /** True if this claim still held the delivery and it is now FAILED for good. */
  async failed(tx: Transaction, d: ClaimedDelivery, error: string): Promise<boolean> {
    const { count } = await sqlChange(
      tx.manager,
      `UPDATE notification_delivery SET status = 'FAILED', locked_until = NULL, last_error = $3
        WHERE id = $1 AND status = 'SENDING' AND attempts = $2`,
      [d.id, d.attempts, error],
    );
    return count === 1;
  }
}
