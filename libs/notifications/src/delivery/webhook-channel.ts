import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, NotificationSettings } from '@muster/platform-config';
import { webhookUrlProblem } from '../webhooks/webhook-url';
import { failed, httpOutcome, SendOutcome } from './send-outcome';
import { CardContent, teamsMessage } from './teams-card';

/** The header that names the delivery: a receiver that has seen it already can drop a repeat. */
export const DELIVERY_ID_HEADER = 'x-muster-delivery-id';

/**
 * Posts a Teams card to a webhook URL. The URL is checked again against the allowed hosts
 * (the list may have changed since it was set); redirects are not followed, so a receiver
 * cannot bounce the post elsewhere; each post is bounded by NOTIFY_SEND_TIMEOUT_MS.
 */
@Injectable()
export class WebhookChannel {
  private readonly settings: NotificationSettings;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.notifications;
  }

  async send(deliveryId: string, url: string | null, content: CardContent): Promise<SendOutcome> {
    if (!url) return failed('the webhook was removed', true);
    const problem = webhookUrlProblem(url, this.settings.webhookAllowedHosts, this.settings.webhookRequireHttps);
    if (problem) return failed(`the webhook URL ${problem}`, true);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [DELIVERY_ID_HEADER]: deliveryId,
          'idempotency-key': deliveryId,
          'x-muster-notification': content.kind,
        },
        body: JSON.stringify(teamsMessage(content)),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.sendTimeoutMs),
      });
      // Read (and drop) the answer so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
      return httpOutcome(res.status);
    } catch (error) {
      return failed((error as Error).name === 'TimeoutError' ? 'timed out' : 'could not connect');
    }
  }
}
