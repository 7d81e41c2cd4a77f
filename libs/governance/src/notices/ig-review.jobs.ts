import { Injectable, OnModuleInit } from '@nestjs/common';
import { Role } from '@muster/platform-access';
import { Transaction } from '@muster/platform-database';
import { Job, Scheduler } from '@muster/platform-scheduler';
import { NotificationKind, NotificationsService, Recipients, ukTime } from '@muster/notifications';
import { IG_ENTITY } from '../governance.audit';
import { IgOutcome } from '../ig-enums';
import { IgStore, ThreadRow } from '../ig.store';

const IG_REVIEW = 'governance.ig-review';

interface IgReviewPayload {
  decisionId: string;
}

/**
 * A decision deferred pending facts has a review time: a job at that time, keyed
 * `ig-review:<decision>`, tells the organisation's IG officers it is due — unless it has been
 * superseded since (the facts came, and someone decided). The text names incident,
 * organisation and time only.
 */
@Injectable()
export class IgReviewJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly store: IgStore,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ kind: IG_REVIEW, handle: (job, tx) => this.remind(job, tx) });
  }

  /** In the deciding transaction. */
  async schedule(tx: Transaction, thread: ThreadRow, decisionId: string, reviewAt: Date): Promise<void> {
    await this.scheduler.enqueue(tx, {
      kind: IG_REVIEW,
      key: `ig-review:${decisionId}`,
      runAt: reviewAt,
      organisationId: thread.organisationId,
      payload: { decisionId } satisfies IgReviewPayload,
    });
  }

  private async remind(job: Job, tx: Transaction): Promise<string> {
    const { decisionId } = job.payload as unknown as IgReviewPayload;
    const decision = await this.store.decision(tx.manager, decisionId);
    if (!decision || decision.supersededByDecisionId || decision.outcome !== IgOutcome.DEFERRED_PENDING_FACTS)
      return 'decided since';
    const thread = await this.store.thread(tx.manager, decision.threadId, []);
    if (!thread || !decision.reviewAt) return 'the thread is gone';
    const raised = await this.notifications.notify(
      NotificationKind.IG_REVIEW_DUE,
      { organisationId: thread.organisationId, entityType: IG_ENTITY.thread, entityId: thread.id },
      [Recipients.role(thread.organisationId, Role.IG_OFFICER)],
      { params: { incidentRef: thread.incidentReference, dueTime: ukTime(decision.reviewAt) }, dedupeKey: job.key },
    );
    return raised ? `${raised.people} IG officer(s) reminded` : 'nobody to remind, or reminded before';
  }
}
