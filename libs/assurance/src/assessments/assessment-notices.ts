import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  NotificationAbout,
  NotificationKind,
  NotificationsService,
  RaisedNotification,
  Recipient,
  Recipients,
} from '@muster/notifications';
import { FrameworkKind } from '../frameworks/framework-kind';
import { DSPT_EDITORS, EPRR_EDITORS } from './assessment.access';
import { AssessmentRow, AssessmentStore } from './assessment.store';

const about = (a: AssessmentRow): NotificationAbout => ({
  organisationId: a.organisationId,
  entityType: 'assurance_assessment',
  entityId: a.id,
});
const params = (a: AssessmentRow) => ({ frameworkName: a.frameworkName, period: a.period });

/**
 * Whom an assessment's confirm and challenge tells; each call joins the unit of work of the
 * change. Whoever made the change is never told of it. The comments of a return stay in the
 * assessment (the message says where to read them).
 */
@Injectable()
export class AssessmentNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly store: AssessmentStore,
  ) {}

  /** The ICB's EPRR leads: they confirm and challenge. */
  async submitted(
    manager: EntityManager,
    a: AssessmentRow,
    actorId: string | null,
  ): Promise<RaisedNotification | null> {
    const icbs = await this.store.icbIds(manager);
    return this.notifications.notify(
      NotificationKind.ASSESSMENT_SUBMITTED,
      about(a),
      icbs.flatMap((icb) => EPRR_EDITORS.map((role) => Recipients.role(icb, role))),
      { params: params(a), except: [actorId] },
    );
  }

  /** The organisation's editors of it, and whoever started it. */
  returned(a: AssessmentRow, actorId: string | null): Promise<RaisedNotification | null> {
    return this.notifications.notify(NotificationKind.ASSESSMENT_RETURNED, about(a), editors(a), {
      params: params(a),
      except: [actorId],
    });
  }

  /** The same people. */
  confirmed(a: AssessmentRow, actorId: string | null): Promise<RaisedNotification | null> {
    return this.notifications.notify(NotificationKind.ASSESSMENT_CONFIRMED, about(a), editors(a), {
      params: params(a),
      except: [actorId],
    });
  }
}

function editors(a: AssessmentRow): Recipient[] {
  const roles = a.frameworkKind === FrameworkKind.EPRR_CORE_STANDARDS ? EPRR_EDITORS : DSPT_EDITORS;
  return [
    ...roles.map((role) => Recipients.role(a.organisationId, role)),
    ...(a.createdBy ? [Recipients.user(a.createdBy)] : []),
  ];
}
