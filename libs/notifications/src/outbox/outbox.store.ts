import { Injectable } from '@nestjs/common';
import { sqlRows, Transaction } from '@muster/platform-database';

export interface NewNotification {
  kind: string;
  organisationId: string | null;
  entityType: string;
  entityId: string | null;
  params: Record<string, string>;
  title: string;
  body: string;
  urgent: boolean;
  recipients: Record<string, unknown>;
  dedupeKey: string | null;
}

export interface InboxEntry {
  id: string;
  userId: string;
}

export interface NewDelivery {
  channel: 'EMAIL' | 'WEBHOOK' | 'SMS';
  organisationId: string | null;
  userId: string | null;
  address: string | null;
  teamId: string | null;
}

/** The outbox tables as a raised notification writes them: in the raising transaction, in one statement each. */
@Injectable()
export class OutboxStore {
  /** The new notification's id, or null when one with this dedupe key was raised before. */
  async insertNotification(tx: Transaction, n: NewNotification): Promise<string | null> {
    const [row] = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO notification (kind, organisation_id, entity_type, entity_id, params, title, body, urgent, recipients,
                                 dedupe_key, raised_by, raised_by_type, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT ON CONSTRAINT notification_dedupe_key DO NOTHING RETURNING id`,
      [
        n.kind,
        n.organisationId,
        n.entityType,
        n.entityId,
        JSON.stringify(n.params),
        n.title,
        n.body,
        n.urgent,
        JSON.stringify(n.recipients),
        n.dedupeKey,
        tx.actor.id,
        tx.actor.type,
        tx.now,
      ],
    );
    return row?.id ?? null;
  }

  insertInbox(tx: Transaction, notificationId: string, userIds: string[]): Promise<InboxEntry[]> {
    return sqlRows<InboxEntry>(
      tx.manager,
      `INSERT INTO notification_inbox (notification_id, user_id, created_at)
       SELECT $1, u, $3 FROM unnest($2::uuid[]) AS u
       RETURNING id, user_id AS "userId"`,
      [notificationId, userIds, tx.now],
    );
  }

  async insertDeliveries(
    tx: Transaction,
    notificationId: string,
    maxAttempts: number,
    deliveries: NewDelivery[],
  ): Promise<void> {
    if (!deliveries.length) return;
    await sqlRows(
      tx.manager,
      `INSERT INTO notification_delivery (notification_id, channel, organisation_id, user_id, address, team_id, status,
                                          max_attempts, next_attempt_at, created_at)
       SELECT $1, d.channel, d.organisation_id, d.user_id, d.address, d.team_id, 'PENDING', $7, $8, $8
         FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::uuid[]) AS d(channel, organisation_id, user_id, address, team_id)`,
      [
        notificationId,
        deliveries.map((d) => d.channel),
        deliveries.map((d) => d.organisationId),
        deliveries.map((d) => d.userId),
        deliveries.map((d) => d.address),
        deliveries.map((d) => d.teamId),
        maxAttempts,
        tx.now,
      ],
    );
  }
}
