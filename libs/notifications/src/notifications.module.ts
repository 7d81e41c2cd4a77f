import { Module } from '@nestjs/common';
import { IdentityModule } from '@muster/identity';
import { DeliveryStore } from './delivery/delivery.store';
import { DeliveryWorker } from './delivery/delivery-worker';
import { EmailChannel } from './delivery/email-channel';
import { SmsChannel } from './delivery/sms-channel';
import { WebhookChannel } from './delivery/webhook-channel';
import { IdentityNoticesListener } from './identity-notices.listener';
import { InboxResolver } from './inbox/inbox.resolver';
import { InboxService } from './inbox/inbox.service';
import { InboxStore } from './inbox/inbox.store';
import { NotificationsService } from './outbox/notifications.service';
import { OutboxStore } from './outbox/outbox.store';
import { PreferenceStore } from './preferences/preference.store';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { PreferencesService } from './preferences/preferences.service';
import { RecipientResolvers } from './recipients/recipient-resolvers';
import { RecipientStore } from './recipients/recipient.store';
import { WebhookResolver } from './webhooks/webhook.resolver';
import { WebhookService } from './webhooks/webhook.service';
import { WebhookStore } from './webhooks/webhook.store';

/**
 * Notifications: the outbox written inside the raising change (NotificationsService), the
 * inbox and its live subscription, email, webhook and SMS (GOV.UK Notify) delivery by the scheduler's ticks,
 * and the listener of identity's notices. The tables are written and read in SQL by the
 * stores (no entities): the outbox is a hot path of batch inserts and SKIP LOCKED claims.
 */
@Module({
  imports: [IdentityModule],
  providers: [
    RecipientStore,
    RecipientResolvers,
    OutboxStore,
    InboxStore,
    DeliveryStore,
    PreferenceStore,
    WebhookStore,
    NotificationsService,
    InboxService,
    PreferencesService,
    WebhookService,
    EmailChannel,
    WebhookChannel,
    SmsChannel,
    DeliveryWorker,
    IdentityNoticesListener,
    InboxResolver,
    PreferencesResolver,
    WebhookResolver,
  ],
  exports: [NotificationsService, RecipientResolvers],
})
export class NotificationsModule {}
