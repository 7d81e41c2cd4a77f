import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { NotificationKind } from '../kinds/notification-kind';
import { KindTemplate, TEMPLATES } from '../kinds/notification-templates';
import { smsRuleOf, smsWanted } from '../kinds/sms-kinds';
import { NotificationAudit } from '../notifications.audit';
import { personOf } from '../inbox/inbox.service';
import { NotificationPreference, SmsRule } from '../inbox/notification.types';
import { Channel, Choice, PreferenceStore } from './preference.store';

/** A person's own email and SMS choices, one per kind. */
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

  set(principal: Principal, kind: NotificationKind, email: boolean): Promise<NotificationPreference> {
    const template: KindTemplate = TEMPLATES[kind];
    if (template.email === 'never') throw DomainError.badInput('kind', 'is never emailed');
    return this.change(principal, kind, 'email', email);
  }

  /** Turns SMS on or off for a kind of SMS_KINDS; a kind never texted, or always texted (a page), takes no choice. */
  setSms(principal: Principal, kind: NotificationKind, sms: boolean): Promise<NotificationPreference> {
    const rule = smsRuleOf(kind);
    if (!rule) throw DomainError.badInput('kind', 'is never sent by SMS');
    if (rule === 'always') throw DomainError.badInput('kind', 'is always sent by SMS to whoever has a mobile number');
    return this.change(principal, kind, 'sms', sms);
  }

  private change(
    principal: Principal,
    kind: NotificationKind,
    channel: Channel,
    value: boolean,
  ): Promise<NotificationPreference> {
    const userId = personOf(principal);
    return this.uow.run(
      async (tx) => {
        const { before, now } = await this.store.set(tx, userId, kind, channel, value);
        if (before === value) {
          tx.nothingToRecord();
          return preference(kind, now);
        }
        tx.record({
          action: NotificationAudit.preferenceSet,
          organisationId: null,
          entityType: 'user',
          entityId: userId,
          summary: `${channel === 'email' ? 'Email' : 'SMS'} for ${kind} turned ${value ? 'on' : 'off'}`,
          changes: { kind, before: { [channel]: before }, after: { [channel]: value } },
        });
        return preference(kind, now);
      },
      { actor: principal.actor },
    );
  }
}

function preference(kind: NotificationKind, chosen: Choice | undefined): NotificationPreference {
  const template: KindTemplate = TEMPLATES[kind];
  const rule = smsRuleOf(kind);
  return {
    kind,
    email: template.email !== 'never' && (chosen?.email ?? template.email === 'on'),
    urgent: template.urgent,
    emailable: template.email !== 'never',
    sms: smsWanted(rule, chosen?.sms),
    smsRule: rule === 'always' ? SmsRule.ALWAYS : rule === 'on' ? SmsRule.BY_CHOICE : SmsRule.NEVER,
  };
}
