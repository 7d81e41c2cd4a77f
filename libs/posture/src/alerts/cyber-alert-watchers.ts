import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { CyberAlertSeverity } from './cyber-alert-enums';

/** A high-severity alert's response still unacknowledged CYBER_ALERT_UNACKNOWLEDGED_PAGE_HOURS after issue. */
export interface UnacknowledgedCyberAlert {
  alertId: string;
  responseId: string;
  organisationId: string;
  reference: string;
  title: string;
  severity: CyberAlertSeverity;
  issuedAt: Date;
  /** When it must be acknowledged by (issue + CYBER_ALERT_ACK_HOURS). */
  acknowledgeBy: Date | null;
}

/**
 * Told, on the job's transaction, of each response still unacknowledged: database work only
 * (a page goes through an outbox), and a throw rolls the job back to be retried.
 */
export type CyberAlertWatcher = (tx: Transaction, alert: UnacknowledgedCyberAlert) => Promise<void>;

/**
 * Who wants to know of a high-severity alert an organisation has not acknowledged in time
 * to page someone: a higher library (on-call, to page the Cyber/SOC on-call) registers from
 * its `onModuleInit`, so posture never imports it. The job at issue +
 * CYBER_ALERT_UNACKNOWLEDGED_PAGE_HOURS calls every watcher for every such response, once.
 */
@Injectable()
export class CyberAlertWatchers {
  private readonly watchers: CyberAlertWatcher[] = [];

  register(watcher: CyberAlertWatcher): void {
    this.watchers.push(watcher);
  }

  get count(): number {
    return this.watchers.length;
  }

  async tell(tx: Transaction, alert: UnacknowledgedCyberAlert): Promise<void> {
    for (const watcher of this.watchers) await watcher(tx, alert);
  }
}
