import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows } from '@muster/platform-database';

export interface ReviewDue {
  id: string;
  organisationId: string;
  nextReviewAt: Date;
}

/** The runbooks the review reminder sweep looks at. */
@Injectable()
export class ReviewReminderStore {
  /** Runbooks in force (an approved version, not retired) whose review date is on or before `horizon`. */
  dueBy(manager: EntityManager, horizon: Date): Promise<ReviewDue[]> {
    return sqlRows<ReviewDue>(
      manager,
      `SELECT id, organisation_id AS "organisationId", next_review_at AS "nextReviewAt" FROM runbook
        WHERE next_review_at <= $1 AND status <> 'RETIRED' AND current_version_id IS NOT NULL ORDER BY next_review_at, id`,
      [horizon],
    );
  }
}
