import { Injectable } from '@nestjs/common';
import { Role } from '@muster/platform-access';
import {
  NotificationAbout,
  NotificationKind,
  NotificationsService,
  RaisedNotification,
  Recipients,
  ukDate,
} from '@muster/notifications';
import { RunbookVersionEntity } from '../versions/runbook-version.entity';
import { RunbookEntity } from './runbook.entity';

const about = (r: RunbookEntity): NotificationAbout => ({
  organisationId: r.organisationId,
  entityType: 'runbook',
  entityId: r.id,
});
const people = (...ids: (string | null)[]) => ids.filter((id): id is string => id !== null).map(Recipients.user);

/**
 * Whom a runbook's lifecycle tells, and what; each call joins the unit of work of the
 * change (see NotificationsService). Whoever made the change is never told of it.
 */
@Injectable()
export class RunbookNotices {
  constructor(private readonly notifications: NotificationsService) {}

  /** The organisation's other EPRR leads: one of them must approve it. */
  submitted(runbook: RunbookEntity, actorId: string | null): Promise<RaisedNotification | null> {
    return this.notifications.notify(
      NotificationKind.RUNBOOK_SUBMITTED,
      about(runbook),
      [Recipients.role(runbook.organisationId, Role.EPRR_LEAD)],
      {
        params: { runbookTitle: runbook.title },
        except: [actorId],
      },
    );
  }

  /** Its submitter and owner, and everyone in the organisation holding a role its steps name. */
  approved(
    runbook: RunbookEntity,
    version: RunbookVersionEntity,
    actorId: string | null,
  ): Promise<RaisedNotification | null> {
    const stepHolders = version.requiredRoles.map((role) => Recipients.role(runbook.organisationId, role));
    return this.notifications.notify(
      NotificationKind.RUNBOOK_APPROVED,
      about(runbook),
      [...people(runbook.submittedBy, runbook.ownerUserId), ...stepHolders],
      {
        params: { runbookTitle: runbook.title, versionNumber: version.versionNumber },
        except: [actorId],
      },
    );
  }

  /** Its submitter and owner (the reason is in the runbook's history, not in the message). */
  returned(runbook: RunbookEntity, actorId: string | null): Promise<RaisedNotification | null> {
    return this.notifications.notify(
      NotificationKind.RUNBOOK_RETURNED,
      about(runbook),
      people(runbook.submittedBy, runbook.ownerUserId),
      {
        params: { runbookTitle: runbook.title },
        except: [actorId],
      },
    );
  }

  /** Its owner and the organisation's EPRR leads, once per review date and state (the dedupe key). */
  reviewDue(
    runbook: RunbookEntity,
    dueAt: Date,
    overdue: boolean,
    dedupeKey: string,
  ): Promise<RaisedNotification | null> {
    const kind = overdue ? NotificationKind.RUNBOOK_REVIEW_OVERDUE : NotificationKind.RUNBOOK_REVIEW_DUE;
    return this.notifications.notify(
      kind,
      about(runbook),
      [...people(runbook.ownerUserId), Recipients.role(runbook.organisationId, Role.EPRR_LEAD)],
      {
        params: { runbookTitle: runbook.title, dueDate: ukDate(dueAt) },
        dedupeKey,
      },
    );
  }
}
