import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig, NotificationSettings, SmtpSettings } from '@muster/platform-config';
import { DELIVERED, SendOutcome, smtpOutcome } from './send-outcome';

export interface EmailMessage {
  deliveryId: string;
  to: string;
  subject: string;
  text: string;
  urgent: boolean;
  kind: string;
}

/**
 * Email over SMTP with nodemailer (NHSmail in production; any server by configuration),
 * through a pool of NOTIFY_SEND_CONCURRENCY connections. The Message-ID is the delivery's
 * id, so the same delivery sent twice (a lease that ran out mid-send) is one message to
 * any mail system that de-duplicates by it.
 */
@Injectable()
export class EmailChannel implements OnModuleDestroy {
  private readonly settings: NotificationSettings;
  private transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.notifications;
  }

  async send(message: EmailMessage): Promise<SendOutcome> {
    const smtp = this.settings.smtp;
    // SMTP switched off since the delivery was raised: it cannot go.
    if (!smtp) return { ok: false, reason: 'email is not configured (SMTP_HOST)', permanent: true };
    try {
      await this.transporter(smtp).sendMail({
        from: { name: 'Muster', address: smtp.from },
        to: message.to,
        subject: message.subject,
        text: `${message.text}\n\n--\nMuster. You can choose which notifications reach you by email in Muster.`,
        messageId: messageId(message.deliveryId, smtp.from),
        priority: message.urgent ? 'high' : 'normal',
        // RFC 3834: no out-of-office replies to a machine.
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Muster-Notification': message.kind },
      });
      return DELIVERED;
    } catch (error) {
      return smtpOutcome(error);
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
    this.transport = undefined;
  }

  private transporter(smtp: SmtpSettings): Transporter {
    this.transport ??= createTransport({
      pool: true,
      maxConnections: this.settings.sendConcurrency,
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      requireTLS: !smtp.secure && smtp.requireTls,
      auth: smtp.auth ? { user: smtp.auth.user, pass: smtp.auth.password } : undefined,
      connectionTimeout: this.settings.sendTimeoutMs,
      greetingTimeout: this.settings.sendTimeoutMs,
      socketTimeout: this.settings.sendTimeoutMs,
    });
    return this.transport;
  }
}

/** `<delivery id@sender's domain>`: stable across attempts of one delivery, unique across deliveries. */
export function messageId(deliveryId: string, from: string): string {
  return `<${deliveryId}@${from.split('@')[1] ?? 'muster.invalid'}>`;
}
