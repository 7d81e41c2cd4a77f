import { InboxRow } from './inbox/inbox.store';
import { Notification } from './inbox/notification.types';

export function toNotification(row: InboxRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    urgent: row.urgent,
    about: { entityType: row.entityType, entityId: row.entityId, organisationId: row.organisationId },
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}
