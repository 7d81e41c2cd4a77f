import { Injectable } from '@nestjs/common';
import { Role } from '@muster/platform-access';
import { Transaction } from '@muster/platform-database';
import { NotificationKind, NotificationsService, Recipients, ukDate, ukTime } from '@muster/notifications';
import { CyberAlertStore } from './cyber-alert.store';

export interface RecordedAlert {
  id: string;
  reference: string;
  title: string;
  ackDueAt: Date | null;
  firstUpdateDueAt: Date;
}

/**
 * Who hears of a new NHS cyber alert: in each organisation it goes to, its Cyber/SOC team,
 * else its Digital team, else its admins. One notification per organisation (its name in
 * the text, its webhook), joining the recording's unit of work.
 */
@Injectable()
export class CyberAlertNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly store: CyberAlertStore,
  ) {}

  async recorded(tx: Transaction, alert: RecordedAlert, organisationIds: readonly string[], actorId: string | null) {
    const teams = await this.store.cyberTeams(tx.manager, organisationIds);
    const answerBy = alert.ackDueAt
      ? `acknowledge by ${ukTime(alert.ackDueAt)}`
      : `first update by ${ukDate(alert.firstUpdateDueAt)}`;
    let people = 0;
    for (const organisationId of organisationIds) {
      const own = teams.filter((t) => t.organisationId === organisationId).map((t) => Recipients.team(t.teamId));
      const raised = await this.notifications.notify(
        NotificationKind.CYBER_ALERT_RECEIVED,
        { organisationId, entityType: 'cyber_alert', entityId: alert.id },
        own.length ? own : [Recipients.role(organisationId, Role.ORG_ADMIN)],
        { params: { alertCode: alert.reference, alertTitle: alert.title, answerBy }, except: [actorId] },
      );
      people += raised?.people ?? 0;
    }
    return people;
  }
}
