import { Injectable } from '@nestjs/common';
import { Role } from '@muster/platform-access';
import { NotificationKind, NotificationsService, Recipients, ukDate } from '@muster/notifications';
import { ExerciseRow } from './exercise.store';

/** A runbook an exercise tested, with who answers for it. */
export interface TestedRunbook {
  runbookId: string;
  title: string;
  organisationId: string;
  ownerUserId: string | null;
}

/**
 * Whom exercises tell, and what; each call joins the unit of work of the change. EPRR:
 * plans are reviewed after every exercise — once an exercise has identified lessons, the
 * owner and EPRR leads of each runbook it tested hear of it, once per exercise and runbook.
 */
@Injectable()
export class ExerciseNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async reviewAfterLessons(
    exercise: ExerciseRow,
    runbooks: readonly TestedRunbook[],
    actorId: string | null,
  ): Promise<void> {
    for (const r of runbooks) {
      await this.notifications.notify(
        NotificationKind.RUNBOOK_REVIEW_AFTER_EXERCISE,
        { organisationId: r.organisationId, entityType: 'runbook', entityId: r.runbookId },
        [...(r.ownerUserId ? [Recipients.user(r.ownerUserId)] : []), Recipients.role(r.organisationId, Role.EPRR_LEAD)],
        {
          params: { runbookTitle: r.title, exerciseTitle: exercise.title, heldDate: ukDate(exercise.heldAt) },
          except: [actorId],
          dedupeKey: `review-after-exercise:${exercise.id}:${r.runbookId}`,
        },
      );
    }
  }
}
