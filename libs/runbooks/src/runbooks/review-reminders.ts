import { Injectable, OnModuleInit } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { Job, Scheduler, SchedulerAudit } from '@muster/platform-scheduler';
import { ReviewReminderStore } from './review-reminder.store';
import { RunbookNotices } from './runbook-notices';
import { RunbookStatus } from './runbook-status';
import { RunbookStore } from './runbook.store';

/** How long before its review date a runbook's owner and EPRR leads are reminded. */
export const REVIEW_REMINDER_DAYS = 30;
const SWEEP = 'runbooks.review-sweep';
const REMINDER = 'runbooks.review-reminder';
const SWEEP_EVERY_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

interface ReminderPayload {
  runbookId: string;
  nextReviewAt: string;
  overdue: boolean;
}

/**
 * Review reminders on the scheduler. Every hour a sweep finds the runbooks due for review
 * within REVIEW_REMINDER_DAYS, or overdue, and enqueues one reminder job per runbook,
 * review date and state, keyed `review-due:<runbook>:<date>` or
 * `review-overdue:<runbook>:<date>`: a key already enqueued adds nothing, so each runbook
 * is reminded once before its date and once when it has passed, however many sweeps and
 * processes run. A new approval moves the date, and so the keys.
 */
@Injectable()
export class RunbookReviewReminders implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scheduler: Scheduler,
    private readonly store: ReviewReminderStore,
    private readonly runbooks: RunbookStore,
    private readonly notices: RunbookNotices,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ kind: SWEEP, handle: (_job, tx) => this.sweep(tx) });
    this.scheduler.register({ kind: REMINDER, handle: (job, tx) => this.remind(job, tx) });
    this.scheduler.every(SWEEP, SWEEP_EVERY_MS);
  }

  /**
   * Sweeps now, outside the hourly rhythm (the demo seed, after writing its history): the
   * reminders due are enqueued, to run at the scheduler's next tick. How many were new.
   */
  sweepNow(): Promise<number> {
    return this.uow.run(
      async (tx) => {
        const { added } = await this.enqueueDue(tx);
        if (!added) return tx.nothingToRecord() ?? 0;
        tx.record({
          action: SchedulerAudit.jobScheduled,
          organisationId: null,
          entityType: 'scheduled_job',
          entityId: null,
          summary: `${added} runbook review reminder(s) scheduled`,
          changes: { kind: REMINDER, added },
        });
        return added;
      },
      { actor: SYSTEM_ACTOR },
    );
  }

  private async sweep(tx: Transaction): Promise<string> {
    const { due, added } = await this.enqueueDue(tx);
    return `${due} runbook(s) due for review within ${REVIEW_REMINDER_DAYS} days or overdue; ${added} new reminder(s)`;
  }

  private async enqueueDue(tx: Transaction): Promise<{ due: number; added: number }> {
    const due = await this.store.dueBy(tx.manager, new Date(tx.now.getTime() + REVIEW_REMINDER_DAYS * DAY_MS));
    const added = await this.scheduler.enqueueMany(
      tx,
      due.map((r) => {
        const overdue = r.nextReviewAt.getTime() <= tx.now.getTime();
        const payload: ReminderPayload = { runbookId: r.id, nextReviewAt: r.nextReviewAt.toISOString(), overdue };
        const key = `${overdue ? 'review-overdue' : 'review-due'}:${r.id}:${payload.nextReviewAt.slice(0, 10)}`;
        return { kind: REMINDER, key, runAt: tx.now, organisationId: r.organisationId, payload: { ...payload } };
      }),
    );
    return { due: due.length, added };
  }

  private async remind(job: Job, tx: Transaction): Promise<string> {
    const { runbookId, nextReviewAt, overdue } = job.payload as unknown as ReminderPayload;
    const runbook = await this.runbooks.findById(tx.manager, runbookId);
    if (!runbook || runbook.status === RunbookStatus.RETIRED || runbook.nextReviewAt?.toISOString() !== nextReviewAt) {
      return 'no longer due (approved again or retired)';
    }
    const raised = await this.notices.reviewDue(runbook, runbook.nextReviewAt, overdue, job.key);
    return raised ? `${raised.people} person(s) reminded` : 'nobody to remind, or reminded before';
  }
}
