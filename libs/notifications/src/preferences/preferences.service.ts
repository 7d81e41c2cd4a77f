import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { NotificationKind } from '../kinds/notification-kind';
import { KindTemplate, TEMPLATES } from '../kinds/notification-templates';
import { NotificationAudit } from '../notifications.audit';
import { personOf } from '../inbox/inbox.service';
import { NotificationPreference } from '../inbox/notification.types';
import { PreferenceStore } from './preference.store';

/** A person's own email choices, one per kind. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: PreferenceStore,
  ) {}

  async list(principal: Principal): Promise<NotificationPreference[]> {
    const chosen = await this.store.ofUser(this.dataSource.manager, personOf(principal));
    return Object.values(NotificationKind).map((kind) => preference(kind, chosen.get(kind)));
  }

  async set(principal: Principal, kind: NotificationKind, email: boolean): Promise<NotificationPreference> {
    const userId = personOf(principal);
    const template: KindTemplate = TEMPLATES[kind];
    if (template.email === 'never') throw DomainError.badInput('kind', 'is never emailed');
    return this.uow.run(
      async (tx) => {
        const before = await this.store.set(tx, userId, kind, email);
        if (before === email) {
          tx.nothingToRecord();
          return preference(kind, email);
        }
        tx.record({
          action: NotificationAudit.preferenceSet,
          organisationId: null,
          entityType: 'user',
          entityId: userId,
          summary: `Email for ${kind} turned ${email ? 'on' : 'off'}`,
          changes: { kind, before: { email: before }, after: { email } },
        });
        return preference(kind, email);
      },
      { actor: principal.actor },
    );
  }
}

function preference(kind: NotificationKind, chosen: boolean | undefined): NotificationPreference {
  const template: KindTemplate = TEMPLATES[kind];
  return {
    kind,
    email: template.email !== 'never' && (chosen ?? template.email === 'on'),
    urgent: template.urgent,
    emailable: template.email !== 'never',
  };
}
