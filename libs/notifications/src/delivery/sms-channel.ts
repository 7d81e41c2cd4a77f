import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { NotifyClient } from 'notifications-node-client';
import { APP_CONFIG, AppConfig, NotificationSettings, SmsSettings } from '@muster/platform-config';
import { LOGGER, Logger } from '@muster/platform-core';
import { DELIVERED, failed, notifyOutcome, SendOutcome } from './send-outcome';

export interface SmsMessage {
  deliveryId: string;
  /** E.164 (+447…). */
  to: string;
  /** Already fitted to three parts (smsText). */
  text: string;
}

/** The function the Notify client sends its requests with (axios's, wrapped to add a timeout). */
type RestClient = Parameters<NotifyClient['setClient']>[0];

/**
 * SMS through GOV.UK Notify with its Node client (`notifications-node-client`), to
 * NOTIFY_BASE_URL with NOTIFY_API_KEY. One template (NOTIFY_SMS_TEMPLATE_ID) whose whole
 * content is `((message))`: the text is the notification's own, rendered from the kind's
 * whitelisted fields, so a new kind needs no new template in Notify. The delivery's id is
 * the Notify `reference`, to find a message in Notify's dashboard. Off, and logged once at
 * start, without NOTIFY_API_KEY.
 */
@Injectable()
export class SmsChannel implements OnApplicationBootstrap {
  private readonly settings: NotificationSettings;
  private client: NotifyClient | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.settings = config.notifications;
  }

  onApplicationBootstrap(): void {
    const sms = this.settings.sms;
    if (!sms) this.logger.info('SMS is off: NOTIFY_API_KEY is not set (urgent notifications go by inbox and email)');
    else this.logger.info(`SMS goes through GOV.UK Notify at ${sms.baseUrl}`);
  }

  async send(message: SmsMessage): Promise<SendOutcome> {
    const sms = this.settings.sms;
    // Notify switched off since the delivery was raised: it cannot go.
    if (!sms) return failed('SMS is not configured (NOTIFY_API_KEY)', true);
    try {
      await this.notify(sms).sendSms(sms.templateId, message.to, {
        personalisation: { message: message.text },
        reference: message.deliveryId,
      });
      return DELIVERED;
    } catch (error) {
      return notifyOutcome(error);
    }
  }

  private notify(sms: SmsSettings): NotifyClient {
    if (this.client) return this.client;
    const client = new NotifyClient(sms.baseUrl, sms.apiKey);
    // The client's axios has no timeout of its own; a redirect is never followed.
    const axios = (client as unknown as { apiClient: { restClient: (options: object) => Promise<unknown> } }).apiClient
      .restClient;
    const timeout = this.settings.sendTimeoutMs;
    client.setClient(((options: object) => axios({ ...options, timeout, maxRedirects: 0 })) as unknown as RestClient);
    this.client = client;
    return client;
  }
}
