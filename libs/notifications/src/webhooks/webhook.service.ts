import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EntityManager } from 'typeorm';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig, NotificationSettings } from '@muster/platform-config';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { NotificationAudit } from '../notifications.audit';
import { maskWebhookUrl, webhookUrlProblem } from './webhook-url';
import { WebhookAccess } from './webhook.access';
import { WebhookRow, WebhookStore, WebhookTarget } from './webhook.store';
import { NotificationWebhook } from './webhook.types';

/**
 * An organisation's webhooks, set by its admins. The URL embeds the receiver's secret:
 * the API and the audit trail only ever show it masked.
 */
@Injectable()
export class WebhookService {
  private readonly settings: NotificationSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: WebhookStore,
  ) {
    this.settings = config.notifications;
  }

  async list(principal: Principal, organisationId: string): Promise<NotificationWebhook[]> {
    WebhookAccess.assertCanList(principal, organisationId);
    await this.assertExists(principal, this.dataSource.manager, { organisationId, teamId: null });
    return (await this.store.list(this.dataSource.manager, organisationId)).map(toWebhook);
  }

  async set(
    principal: Principal,
    input: { organisationId: string; teamId?: string; url: string },
  ): Promise<NotificationWebhook> {
    WebhookAccess.assertCanManage(principal, input.organisationId);
    const problem = webhookUrlProblem(input.url, this.settings.webhookAllowedHosts, this.settings.webhookRequireHttps);
    if (problem) throw DomainError.badInput('url', problem);
    const target: WebhookTarget = { organisationId: input.organisationId, teamId: input.teamId ?? null };
    return this.uow.run(
      async (tx) => {
        await this.assertExists(principal, tx.manager, target);
        const before = await this.store.lock(tx, target);
        const after = await this.store.upsert(tx, target, input.url, principal.userId);
        tx.record({
          action: NotificationAudit.webhookSet,
          organisationId: target.organisationId,
          entityType: 'notification_webhook',
          entityId: after.id,
          summary: `Webhook of ${target.teamId ? 'a team' : 'the organisation'} set to ${maskWebhookUrl(after.url)}`,
          changes: {
            teamId: target.teamId,
            before: before ? { url: maskWebhookUrl(before.url) } : null,
            after: { url: maskWebhookUrl(after.url) },
          },
        });
        return toWebhook(after);
      },
      { actor: principal.actor },
    );
  }

  async remove(principal: Principal, input: { organisationId: string; teamId?: string }): Promise<NotificationWebhook> {
    WebhookAccess.assertCanManage(principal, input.organisationId);
    const target: WebhookTarget = { organisationId: input.organisationId, teamId: input.teamId ?? null };
    return this.uow.run(
      async (tx) => {
        const before = await this.store.lock(tx, target);
        if (!before) throw DomainError.notFound('Webhook');
        await this.store.remove(tx, before.id);
        tx.record({
          action: NotificationAudit.webhookRemoved,
          organisationId: target.organisationId,
          entityType: 'notification_webhook',
          entityId: before.id,
          summary: `Webhook ${maskWebhookUrl(before.url)} removed`,
          changes: { teamId: target.teamId, before: { url: maskWebhookUrl(before.url) } },
        });
        return toWebhook(before);
      },
      { actor: principal.actor },
    );
  }

  /** In sight is not existing for ICS-wide callers: an unknown organisation is NOT_FOUND; so is a team of another one. */
  private async assertExists(principal: Principal, manager: EntityManager, target: WebhookTarget): Promise<void> {
    if (
      AccessPolicy.organisationScope(principal).all &&
      !(await this.store.organisationExists(manager, target.organisationId))
    ) {
      throw DomainError.notFound('Organisation');
    }
    if (target.teamId && !(await this.store.teamOf(manager, target.organisationId, target.teamId)))
      throw DomainError.notFound('Team');
  }
}

function toWebhook(row: WebhookRow): NotificationWebhook {
  return {
    id: row.id,
    organisationId: row.organisationId,
    teamId: row.teamId,
    urlPreview: maskWebhookUrl(row.url),
    updatedAt: row.updatedAt,
  };
}
