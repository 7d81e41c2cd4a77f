import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@muster/platform-database';
import {
  NotificationAbout,
  NotificationKind,
  NotificationsService,
  RaisedNotification,
  Recipients,
  ukDate,
  ukTime,
} from '@muster/notifications';
import { AssignmentRow } from './assignment-columns';
import { AssignmentStore } from './assignment.store';

const about = (a: AssignmentRow): NotificationAbout => ({
  organisationId: a.organisationId,
  entityType: 'assignment',
  entityId: a.id,
});
const people = (ids: readonly (string | null)[]) =>
  [...new Set(ids.filter((id): id is string => id !== null))].map(Recipients.user);
export const dueWords = (dueAt: Date | null): string =>
  dueAt ? `${ukDate(dueAt)} ${ukTime(dueAt)}` : 'with no due time';

/**
 * Whom an assignment's changes tell; each call joins the unit of work of the change. "The
 * owning team's lead" is the team's members holding a lead role (AssignmentStore.leads),
 * or the organisation's EPRR leads for an assignment with no team. Whoever made the change
 * is never told of it.
 */
@Injectable()
export class AssignmentNotices {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationsService,
    private readonly store: AssignmentStore,
  ) {}

  /** Given to a person or team (created, activated, reassigned): the assignee, or the team's leads without one. */
  assigned(a: AssignmentRow, actorId: string | null): Promise<RaisedNotification | null> {
    return this.uow.run(async (tx) => {
      const to = a.assigneeUserId ? [a.assigneeUserId] : await this.store.leads(tx.manager, a.organisationId, a.teamId);
      return this.notifications.notify(NotificationKind.ASSIGNMENT_ASSIGNED, about(a), people(to), {
        params: { assignmentTitle: a.title, dueTime: dueWords(a.dueAt) },
        except: [actorId],
      });
    });
  }

  /** Blocked: the team's leads and whoever assigned it. */
  blocked(a: AssignmentRow, actorId: string | null): Promise<RaisedNotification | null> {
    return this.uow.run(async (tx) => {
      const leads = await this.store.leads(tx.manager, a.organisationId, a.teamId);
      return this.notifications.notify(NotificationKind.ASSIGNMENT_BLOCKED, about(a), people([...leads, a.createdBy]), {
        params: { assignmentTitle: a.title },
        except: [actorId],
      });
    });
  }

  /** Past its due time: the team's leads and the assignee, once per due time (the job's key). */
  overdue(a: AssignmentRow, dedupeKey: string): Promise<RaisedNotification | null> {
    return this.uow.run(async (tx) => {
      const leads = await this.store.leads(tx.manager, a.organisationId, a.teamId);
      return this.notifications.notify(
        NotificationKind.ASSIGNMENT_OVERDUE,
        about(a),
        people([...leads, a.assigneeUserId]),
        { params: { assignmentTitle: a.title, dueTime: dueWords(a.dueAt) }, dedupeKey },
      );
    });
  }
}
