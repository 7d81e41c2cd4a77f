import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { mobileEnding } from '@muster/identity';
import { Role } from '@muster/platform-access';
import { APP_CONFIG, AppConfig, NotificationSettings } from '@muster/platform-config';
import { SYSTEM_ACTOR } from '@muster/platform-core';
import { Lifecycle, Transaction, UnitOfWork } from '@muster/platform-database';
import { AppMetrics } from '@muster/platform-metrics';
import { BackgroundWork, backoffMs, Scheduler } from '@muster/platform-scheduler';
import { NotificationKind } from '../kinds/notification-kind';
import { NotificationAudit } from '../notifications.audit';
import { NotificationsService } from '../outbox/notifications.service';
import { Recipients } from '../recipients/recipient';
import { maskWebhookUrl } from '../webhooks/webhook-url';
import { ClaimedDelivery, DeliveryStore } from './delivery.store';
import { EmailChannel } from './email-channel';
import { SendOutcome } from './send-outcome';
import { SmsChannel } from './sms-channel';
import { smsText } from './sms-text';
import { WebhookChannel } from './webhook-channel';

/** Batches one tick may claim before it lets the scheduler's other work run. */
const MAX_BATCHES_PER_TICK = 20;

/**
 * Sends the outbox (email, webhook posts, SMS). Each tick of the scheduler claims due deliveries (FOR UPDATE SKIP
 * LOCKED, a lease of NOTIFY_LEASE_SECONDS, one audited claim per batch), sends each
 * outside any transaction, NOTIFY_SEND_CONCURRENCY at a time, and records each outcome
 * in a unit of work of its own: delivered; failed but retried after a doubling backoff
 * (NOTIFY_RETRY_BASE_SECONDS up to NOTIFY_RETRY_MAX_SECONDS); or, after the last of
 * NOTIFY_MAX_ATTEMPTS or a failure that cannot heal, FAILED — and the organisation's
 * admins are told in their inbox. A process that dies between claim and outcome leaves
 * the delivery to be claimed again when the lease runs out: at most once per attempt.
 */
@Injectable()
export class DeliveryWorker implements BackgroundWork, OnModuleInit {
  readonly name = 'notification deliveries';
  private readonly logger = new Logger(DeliveryWorker.name);
  /** Names this worker in its claims (several run in one process in tests, so the pid alone would not do). */
  private readonly workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly settings: NotificationSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly store: DeliveryStore,
    private readonly email: EmailChannel,
    private readonly webhook: WebhookChannel,
    private readonly sms: SmsChannel,
    private readonly notifications: NotificationsService,
    private readonly scheduler: Scheduler,
    private readonly lifecycle: Lifecycle,
    @Optional() private readonly metrics?: AppMetrics,
  ) {
    this.settings = config.notifications;
  }

  onModuleInit(): void {
    this.scheduler.addWork(this);
  }

  /** Claims and sends due deliveries until none are due (or MAX_BATCHES_PER_TICK); how many it sent. */
  async runDue(): Promise<number> {
    let attempted = 0;
    // After SIGTERM the batch under way is sent and recorded, and no other is claimed.
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK && !this.lifecycle.isShuttingDown; batch++) {
      const claimed = await this.claim();
      if (!claimed.length) break;
      await inParallel(claimed, this.settings.sendConcurrency, (d) => this.attempt(d));
      attempted += claimed.length;
    }
    return attempted;
  }

  private claim(): Promise<ClaimedDelivery[]> {
    return this.uow.run(
      async (tx) => {
        const leaseUntil = new Date(tx.now.getTime() + this.settings.leaseMs);
        const claimed = await this.store.claim(tx, leaseUntil, this.settings.batchSize);
        if (!claimed.length) return tx.nothingToRecord() ?? [];
        tx.record({
          action: NotificationAudit.deliveriesClaimed,
          organisationId: null,
          entityType: 'notification_delivery',
          entityId: null,
          summary: `${claimed.length} notification deliveries claimed until ${leaseUntil.toISOString()}`,
          changes: {
            deliveries: claimed.map((d) => ({ id: d.id, attempt: d.attempts })),
            leaseUntil: leaseUntil.toISOString(),
            worker: this.workerId,
          },
        });
        return claimed;
      },
      { actor: SYSTEM_ACTOR },
    );
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    const outcome = await this.send(d);
    this.metrics?.notificationDeliveries.inc({
      channel: d.channel,
      outcome: outcome.ok ? 'sent' : outcome.permanent ? 'refused' : 'failed',
    });
    try {
      await this.uow.run(async (tx) => (await this.record(tx, d, outcome)) || tx.nothingToRecord(), {
        actor: SYSTEM_ACTOR,
      });
    } catch (error) {
      // Unrecorded, the delivery stays claimed until its lease runs out, then goes again.
      this.logger.error(`could not record the outcome of delivery ${d.id}: ${(error as Error).message}`);
    }
  }

  private send(d: ClaimedDelivery): Promise<SendOutcome> {
    if (d.channel === 'EMAIL') {
      return this.email.send({
        deliveryId: d.id,
        to: d.address ?? '',
        subject: d.title,
        text: d.body,
        urgent: d.urgent,
        kind: d.kind,
      });
    }
    if (d.channel === 'SMS')
      return this.sms.send({ deliveryId: d.id, to: d.address ?? '', text: smsText(d.title, d.body) });
    return this.webhook.send(d.id, d.webhookUrl, d);
  }

  /** Writes the outcome if this claim still holds the delivery; false if its lease was lost. */
  private async record(tx: Transaction, d: ClaimedDelivery, outcome: SendOutcome): Promise<boolean> {
    const event = { organisationId: d.organisationId, entityType: 'notification', entityId: d.notificationId };
    const to = destination(d);
    const changes = { deliveryId: d.id, channel: d.channel, to, attempt: d.attempts };
    if (outcome.ok) {
      if (!(await this.store.delivered(tx, d))) return false;
      tx.record({
        ...event,
        action: NotificationAudit.delivered,
        summary: `${d.channel} "${d.title}" delivered to ${to} (attempt ${d.attempts})`,
        changes,
      });
      return true;
    }
    const last = outcome.permanent || d.attempts >= d.maxAttempts;
    if (!last) {
      const at = new Date(
        tx.now.getTime() + backoffMs(d.attempts, this.settings.retryBaseMs, this.settings.retryMaxMs),
      );
      if (!(await this.store.retryAt(tx, d, at, outcome.reason))) return false;
      tx.record({
        ...event,
        action: NotificationAudit.deliveryAttemptFailed,
        summary: `${d.channel} to ${to} failed (attempt ${d.attempts} of ${d.maxAttempts}: ${outcome.reason}); next attempt at ${at.toISOString()}`,
        changes: { ...changes, error: outcome.reason, nextAttemptAt: at.toISOString() },
      });
      return true;
    }
    if (!(await this.store.failed(tx, d, outcome.reason))) return false;
    tx.record({
      ...event,
      action: NotificationAudit.deliveryFailed,
      summary: `${d.channel} to ${to} failed for good after ${d.attempts} attempt(s): ${outcome.reason}`,
      changes: { ...changes, error: outcome.reason, permanent: outcome.permanent },
    });
    await this.tellAdmins(d, to, outcome.reason);
    return true;
  }

  /** The organisation's admins hear of it in their inbox (never by the channel that failed). */
  private async tellAdmins(d: ClaimedDelivery, to: string, reason: string): Promise<void> {
    if (!d.organisationId) return;
    await this.notifications.notify(
      NotificationKind.DELIVERY_FAILED,
      { organisationId: d.organisationId, entityType: 'notification', entityId: d.notificationId },
      [Recipients.role(d.organisationId, Role.ORG_ADMIN)],
      {
        params: {
          channel: CHANNEL_NAMES[d.channel],
          recipient: to,
          subject: d.title,
          attempts: d.attempts,
          reason,
        },
      },
    );
  }
}

const CHANNEL_NAMES = { EMAIL: 'email', WEBHOOK: 'webhook', SMS: 'SMS' } as const;

/** Where it went, as the audit trail and the admins' notice say: a mobile number by its last digits only. */
function destination(d: ClaimedDelivery): string {
  if (d.channel === 'EMAIL') return d.address ?? '?';
  if (d.channel === 'SMS') return `mobile ending ${mobileEnding(d.address)?.slice(1) ?? '?'}`;
  const which = d.teamId ? 'a team webhook' : 'the organisation webhook';
  return d.webhookUrl ? `${which} ${maskWebhookUrl(d.webhookUrl)}` : which;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
