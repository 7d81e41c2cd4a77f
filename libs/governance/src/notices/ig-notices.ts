import { Injectable } from '@nestjs/common';
import { Role } from '@muster/platform-access';
import { NotificationKind, NotificationsService, RaisedNotification, Recipients, ukTime } from '@muster/notifications';
import { CommandRole } from '@muster/incidents';
import { IG_ENTITY } from '../governance.audit';
import { ThreadRow } from '../ig.store';

/**
 * Whom the IG clock tells: the organisation's IG officers and the incident's IG lead. The
 * text names the incident, the organisation and the time, never a decision's content
 * (the templates whitelist their fields). Joins the unit of work of the job that raises it.
 */
@Injectable()
export class IgNotices {
  constructor(private readonly notifications: NotificationsService) {}

  clock(thread: ThreadRow, milestone: number, dedupeKey: string): Promise<RaisedNotification | null> {
    const about = { organisationId: thread.organisationId, entityType: IG_ENTITY.thread, entityId: thread.id };
    const recipients = [
      Recipients.role(thread.organisationId, Role.IG_OFFICER),
      Recipients.incidentRole(thread.incidentId, CommandRole.IG_LEAD),
    ];
    const dueTime = ukTime(thread.deadlineAt);
    if (milestone >= 72)
      return this.notifications.notify(NotificationKind.IG_CLOCK_PASSED, about, recipients, {
        params: { incidentRef: thread.incidentReference, dueTime },
        dedupeKey,
      });
    return this.notifications.notify(NotificationKind.IG_CLOCK_WARNING, about, recipients, {
      params: { incidentRef: thread.incidentReference, dueTime, hoursLeft: 72 - milestone },
      dedupeKey,
    });
  }
}
