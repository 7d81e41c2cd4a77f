import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { NotificationAudit } from '../notifications.audit';
import { toNotification } from '../notifications.mappers';
import { InboxRow, InboxStore } from './inbox.store';
import { Notification } from './notification.types';

// Keyset on (created at, id), newest first.
const CURSOR = new KeysetCursor('notifications', ['timestamp', 'uuid']);
const ENTITY = 'Notification';

/** A person's inbox: only their own entries, ever. Machines (API keys) have none. */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: InboxStore,
  ) {}

  async list(
    principal: Principal,
    unreadOnly: boolean,
    first: number,
    after?: string,
  ): Promise<Connection<Notification>> {
    const userId = personOf(principal);
    const cursor = after ? CURSOR.decode(after) : null;
    const rows = await this.store.page(this.dataSource.manager, userId, unreadOnly, first + 1, cursor);
    return toConnection(rows, first, CURSOR, (r) => [r.createdAt.toISOString(), r.id], toNotification);
  }

  unreadCount(principal: Principal): Promise<number> {
    return this.store.unreadCount(this.dataSource.manager, personOf(principal));
  }

  /**
   * Marks the caller's entries read, audited per organisation they concern. An id that is
   * not an entry of the caller's (another person's, or none at all) is NOT_FOUND and
   * nothing is marked; entries already read stay as they were.
   */
  async markRead(principal: Principal, ids: string[]): Promise<Notification[]> {
    const userId = personOf(principal);
    const wanted = [...new Set(ids)];
    return this.uow.run(
      async (tx) => {
        const own = await this.store.lockOwn(tx, userId, wanted);
        if (own.length !== wanted.length) throw DomainError.notFound(ENTITY);
        const unread = own.filter((r) => r.readAt === null);
        if (!unread.length) {
          tx.nothingToRecord();
          return own.map(toNotification);
        }
        await this.store.markRead(
          tx,
          unread.map((r) => r.id),
        );
        for (const [organisationId, rows] of byOrganisation(unread)) {
          tx.record({
            action: NotificationAudit.read,
            organisationId,
            entityType: 'notification_inbox',
            entityId: rows.length === 1 ? rows[0].id : null,
            summary: `${rows.length} notification(s) marked read`,
            changes: { ids: rows.map((r) => r.id) },
          });
        }
        return own.map((r) => toNotification(r.readAt ? r : { ...r, readAt: tx.now }));
      },
      { actor: principal.actor },
    );
  }
}

/** The person whose inbox it is: API keys are machines and have none. */
export function personOf(principal: Principal): string {
  if (!principal.userId) throw DomainError.forbidden('Only people have an inbox; an API key has none');
  return principal.userId;
}

function byOrganisation(rows: InboxRow[]): Map<string | null, InboxRow[]> {
  const groups = new Map<string | null, InboxRow[]>();
  for (const row of rows) groups.set(row.organisationId, [...(groups.get(row.organisationId) ?? []), row]);
  return groups;
}
