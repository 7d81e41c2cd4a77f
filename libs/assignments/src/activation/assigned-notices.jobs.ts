import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { EnqueueJob, Job, Scheduler } from '@muster/platform-scheduler';
import { AssignmentNotices } from '../assignments/assignment-notices';
import { AssignmentStore } from '../assignments/assignment.store';

export const ASSIGNED_NOTICES = 'assignments.assigned-notices';

interface NoticesPayload {
  assignmentIds: string[];
  actorId: string | null;
}

/**
 * The "assigned" notifications of an activation, raised by the scheduler right after it
 * commits rather than in its transaction: the activation stays a handful of statements
 * however many steps it has. Keyed by the activation, so they are raised once.
 */
@Injectable()
export class AssignedNoticesJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly store: AssignmentStore,
    private readonly notices: AssignmentNotices,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ kind: ASSIGNED_NOTICES, handle: (job, tx) => this.raise(job, tx) });
  }

  jobFor(
    activationId: string,
    organisationId: string,
    assignmentIds: string[],
    actorId: string | null,
    now: Date,
  ): EnqueueJob {
    const payload: NoticesPayload = { assignmentIds, actorId };
    return {
      kind: ASSIGNED_NOTICES,
      key: `assigned-notices:${activationId}`,
      runAt: now,
      organisationId,
      payload: { ...payload },
    };
  }

  private async raise(job: Job, tx: Transaction): Promise<string> {
    const { assignmentIds, actorId } = job.payload as unknown as NoticesPayload;
    const found = await this.store.withSights(tx.manager, assignmentIds);
    let people = 0;
    for (const { assignment } of found) people += (await this.notices.assigned(assignment, actorId))?.people ?? 0;
    return `${found.length} assignment(s), ${people} notification(s)`;
  }
}
