import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { NotificationKind } from '../kinds/notification-kind';

/** One inbox entry with its notification, as the API shows it. */
export interface InboxRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  urgent: boolean;
  organisationId: string | null;
  entityType: string;
  entityId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const VIEW = `i.id, n.kind, n.title, n.body, n.urgent, n.organisation_id AS "organisationId", n.entity_type AS "entityType",
  n.entity_id AS "entityId", i.created_at AS "createdAt", i.read_at AS "readAt"`;

/** A person's inbox: notification_inbox with its notifications. Every query is scoped to the one person. */
@Injectable()
export class InboxStore {
  /** Newest first, by (created at, id); one statement whatever the page size. */
  page(
    manager: EntityManager,
    userId: string,
    unreadOnly: boolean,
    limit: number,
    after: [string, string] | null,
  ): Promise<InboxRow[]> {
    const params: unknown[] = [userId, limit];
    let where = 'i.user_id = $1';
    if (unreadOnly) where += ' AND i.read_at IS NULL';
    if (after) {
      params.push(after[0], after[1]);
      where += ' AND (i.created_at, i.id) < ($3::timestamptz, $4::uuid)';
    }
    return sqlRows<InboxRow>(
      manager,
      `SELECT ${VIEW} FROM notification_inbox i JOIN notification n ON n.id = i.notification_id
        WHERE ${where} ORDER BY i.created_at DESC, i.id DESC LIMIT $2`,
      params,
    );
  }

  async unreadCount(manager: EntityManager, userId: string): Promise<number> {
    const [row] = await sqlRows<{ count: number }>(
      manager,
      `SELECT count(*)::int AS count FROM notification_inbox WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.count;
  }

  /** The person's entries among `ids`, locked; ids that are not theirs are simply absent. */
  lockOwn(tx: Transaction, userId: string, ids: string[]): Promise<InboxRow[]> {
    return sqlRows<InboxRow>(
      tx.manager,
      `SELECT ${VIEW} FROM notification_inbox i JOIN notification n ON n.id = i.notification_id
        WHERE i.user_id = $1 AND i.id = ANY($2::uuid[]) ORDER BY i.created_at DESC, i.id DESC FOR UPDATE OF i`,
      [userId, ids],
    );
  }

  async markRead(tx: Transaction, ids: string[]): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE notification_inbox SET read_at = $2 WHERE id = ANY($1::uuid[]) AND read_at IS NULL`,
      [ids, tx.now],
    );
  }
}
