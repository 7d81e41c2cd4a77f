import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, NotificationSettings, AppConfig } from '@muster/platform-config';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';
import { SchedulerLoop } from '@muster/platform-scheduler';
import { NotificationKind } from '../kinds/notification-kind';
import { KindTemplate, NotificationParams, render, RenderedText, TEMPLATES } from '../kinds/notification-templates';
import { smsRuleOf, wantsSms } from '../kinds/sms-kinds';
import { NotificationAudit } from '../notifications.audit';
import { Notification } from '../inbox/notification.types';
import { Recipient } from '../recipients/recipient';
import { RecipientResolvers } from '../recipients/recipient-resolvers';
import { Person, RecipientStore } from '../recipients/recipient.store';
import { WebhookStore } from '../webhooks/webhook.store';
import { InboxEntry, NewDelivery, OutboxStore } from './outbox.store';

/** What a notification links to. */
export interface NotificationAbout {
  /** The organisation it concerns: its name in the text, its admins told of failed deliveries, its webhook. */
  organisationId: string | null;
  entityType: string;
  entityId: string | null;
}

export interface NotifyOptions<K extends NotificationKind> {
  params: NotificationParams<K>;
  /** People not to tell, whatever the recipients say (who made the change). */
  except?: (string | null)[];
  /** Raise at most once per key, ever (a reminder job that runs twice). */
  dedupeKey?: string;
  /**
   * Also emailed to these addresses outside Muster (the NHS England region contact), where
   * SMTP is configured; no inbox for them.
   */
  externalEmails?: string[];
  /** Who did it, named in the text, when that is not the unit of work's actor (history the demo seed imports as the system). */
  actorUserId?: string | null;
}

export interface RaisedNotification {
  id: string;
  people: number;
  deliveries: number;
}

/** What subscribers of a person's topic receive. */
export interface LiveNotification {
  recipientUserId: string;
  notification: Notification;
}

export const notificationTopic = (userId: string) => `notifications:${userId}`;

/**
 * The one way to notify. Called inside the caller's unit of work (the run joins it), it
 * writes the notification, one inbox entry per person and the email, webhook and SMS
 * deliveries into the outbox, with a `notification.raised` audit event — so a rolled-back
 * change notifies nobody and a committed one always does. Recipients are resolved now and
 * recorded with it. After the commit, subscribers hear of it and the delivery worker wakes.
 * Nobody to tell (or a dedupe key already used): nothing is written, null.
 */
@Injectable()
export class NotificationsService {
  private readonly settings: NotificationSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly directory: RecipientStore,
    private readonly resolvers: RecipientResolvers,
    private readonly outbox: OutboxStore,
    private readonly webhooks: WebhookStore,
    private readonly live: LiveEvents,
    private readonly loop: SchedulerLoop,
  ) {
    this.settings = config.notifications;
  }

  notify<K extends NotificationKind>(
    kind: K,
    about: NotificationAbout,
    recipients: Recipient[],
    options: NotifyOptions<K>,
  ): Promise<RaisedNotification | null> {
    return this.uow.run(async (tx) => {
      const template: KindTemplate = TEMPLATES[kind];
      const people = await this.people(tx, kind, template, recipients, options.except ?? []);
      const teamIds = recipients.flatMap((r) => (r.type === 'team' ? [r.teamId] : []));
      const webhooks =
        template.webhook || template.urgent
          ? await this.webhooks.targets(tx.manager, about.organisationId, teamIds)
          : [];
      const external: NewDelivery[] = this.settings.smtp
        ? (options.externalEmails ?? []).map((address) => ({
            channel: 'EMAIL',
            organisationId: about.organisationId,
            userId: null,
            address,
            teamId: null,
          }))
        : [];
      if (!people.length && !webhooks.length && !external.length) return null;

      const text = await this.text(tx, kind, about, options);
      const id = await this.outbox.insertNotification(tx, {
        kind,
        ...about,
        params: text.params,
        title: text.title,
        body: text.body,
        urgent: template.urgent,
        recipients: { asked: recipients, people: people.map((p) => p.userId) },
        dedupeKey: options.dedupeKey ?? null,
      });
      if (!id) return null;
      const inbox = await this.outbox.insertInbox(
        tx,
        id,
        people.map((p) => p.userId),
      );
      const emails = [...this.emails(template, people, about.organisationId), ...external];
      const texts = this.texts(kind, people, about.organisationId);
      const posts: NewDelivery[] = webhooks.map((w) => ({
        channel: 'WEBHOOK',
        organisationId: w.organisationId,
        teamId: w.teamId,
        userId: null,
        address: null,
      }));
      await this.outbox.insertDeliveries(tx, id, this.settings.maxAttempts, [...emails, ...posts, ...texts]);
      tx.record({
        action: NotificationAudit.raised,
        organisationId: about.organisationId,
        entityType: 'notification',
        entityId: id,
        summary: `${kind} raised: ${people.length} inbox(es), ${emails.length} email(s), ${posts.length} webhook post(s)${texts.length ? `, ${texts.length} SMS` : ''}`,
        changes: {
          kind,
          about,
          recipients,
          people: people.map((p) => p.userId),
          emails: emails.length,
          webhooks: posts.length,
          sms: texts.length,
          dedupeKey: options.dedupeKey ?? null,
        },
      });
      const view = (entry: InboxEntry): Notification => ({
        id: entry.id,
        kind,
        title: text.title,
        body: text.body,
        urgent: template.urgent,
        about: { ...about },
        createdAt: tx.now,
        readAt: null,
      });
      tx.afterCommit(async () => {
        if (emails.length + posts.length + texts.length) this.loop.wake();
        for (const entry of inbox) {
          await this.live.publish<LiveNotification>(notificationTopic(entry.userId), {
            recipientUserId: entry.userId,
            notification: view(entry),
          });
        }
      });
      return { id, people: people.length, deliveries: emails.length + posts.length + texts.length };
    });
  }

  private async people(
    tx: Transaction,
    kind: NotificationKind,
    template: KindTemplate,
    recipients: Recipient[],
    except: (string | null)[],
  ): Promise<Person[]> {
    const userIds = recipients.flatMap((r) => (r.type === 'user' ? [r.userId] : []));
    for (const r of recipients) {
      if (r.type === 'incidentRole')
        userIds.push(...(await this.resolvers.incidentRoleRecipients().userIds(tx.manager, r.incidentId, r.role)));
    }
    return this.directory.people(tx.manager, {
      userIds,
      roles: recipients.flatMap((r) => (r.type === 'role' ? [{ organisationId: r.organisationId, role: r.role }] : [])),
      teamIds: recipients.flatMap((r) => (r.type === 'team' ? [r.teamId] : [])),
      kind,
      emailByDefault: template.email === 'on',
      except: except.filter((id): id is string => id !== null),
    });
  }

  /** The kind's text, with who acted and the organisation's name filled in from the change. */
  private async text<K extends NotificationKind>(
    tx: Transaction,
    kind: K,
    about: NotificationAbout,
    options: NotifyOptions<K>,
  ): Promise<RenderedText> {
    const actorUserId = options.actorUserId ?? (tx.actor.type === 'USER' ? tx.actor.id : null);
    const names = await this.directory.names(tx.manager, about.organisationId, actorUserId);
    const actorName = names.actorName ?? (tx.actor.type === 'SYSTEM' ? 'Muster' : tx.actor.label);
    return render(kind, { ...options.params, actorName, organisationName: names.organisationName ?? 'the ICS' });
  }

  /**
   * SMS only where Notify is configured, for kinds of SMS_KINDS, to people with a mobile
   * number who did not turn the kind off (kinds `always` sent whatever they chose).
   */
  private texts(kind: NotificationKind, people: Person[], organisationId: string | null): NewDelivery[] {
    if (!this.settings.sms || !smsRuleOf(kind)) return [];
    return people.flatMap((p) =>
      p.mobileNumber && wantsSms(kind, p.smsChoice)
        ? [{ channel: 'SMS' as const, organisationId, userId: p.userId, address: p.mobileNumber, teamId: null }]
        : [],
    );
  }

  /** Email only where SMTP is configured: urgent kinds to everyone, others as each person chose. */
  private emails(template: KindTemplate, people: Person[], organisationId: string | null): NewDelivery[] {
    if (!this.settings.smtp || template.email === 'never') return [];
    return people
      .filter((p) => template.urgent || p.wantsEmail)
      .map((p) => ({ channel: 'EMAIL', organisationId, userId: p.userId, address: p.email, teamId: null }));
  }
}
