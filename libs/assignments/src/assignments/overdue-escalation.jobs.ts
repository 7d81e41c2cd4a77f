import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { EnqueueJob, Job, Scheduler } from '@muster/platform-scheduler';
import { AssignmentAudit, ASSIGNMENT_ENTITY } from '../assignments.audit';
import { UNFINISHED_STATUSES } from './assignment-enums';
import { AssignmentRow } from './assignment-columns';
import { AssignmentNotices, dueWords } from './assignment-notices';
import { AssignmentStore } from './assignment.store';

export const ASSIGNMENT_OVERDUE = 'assignments.overdue';

interface OverduePayload {
  assignmentId: string;
  dueAt: string;
}

/**
 * The escalation of an overdue assignment, on the scheduler. Every change that sets a due
 * time (creation, activation, a new due time) enqueues one job at that time, keyed
 * `assignment-overdue:<assignment>:<due time>` — a key enqueued once adds nothing, and one
 * process claims it (SKIP LOCKED) — so an assignment is escalated once per due time
 * however many schedulers tick. When it runs, unless the assignment is finished or its due
 * time moved since, it records a timeline entry on its incident (an audit event carrying
 * the incident id) and tells the owning team's leads and the assignee.
 */
@Injectable()
export class OverdueEscalationJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly store: AssignmentStore,
    private readonly notices: AssignmentNotices,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ kind: ASSIGNMENT_OVERDUE, handle: (job, tx) => this.escalate(job, tx) });
  }

  /** The job escalating `a` at its due time, if it has one. */
  jobFor(a: Pick<AssignmentRow, 'id' | 'dueAt' | 'organisationId'>): EnqueueJob | null {
    if (!a.dueAt) return null;
    const payload: OverduePayload = { assignmentId: a.id, dueAt: a.dueAt.toISOString() };
    return {
      kind: ASSIGNMENT_OVERDUE,
      key: `assignment-overdue:${a.id}:${payload.dueAt}`,
      runAt: a.dueAt,
      organisationId: a.organisationId,
      payload: { ...payload },
    };
  }

  /** Enqueues the escalation of `a`'s due time in the change's transaction. */
  async schedule(tx: Transaction, a: AssignmentRow): Promise<void> {
    const job = this.jobFor(a);
    if (job) await this.scheduler.enqueue(tx, job);
  }

  private async escalate(job: Job, tx: Transaction): Promise<string> {
    const { assignmentId, dueAt } = job.payload as unknown as OverduePayload;
    const ctx = await this.store.context(tx.manager, assignmentId);
    const a = ctx?.assignment;
    if (!a || !UNFINISHED_STATUSES.includes(a.status) || a.dueAt?.toISOString() !== dueAt) {
      return 'no longer due (finished, or its due time moved)';
    }
    tx.record({
      action: AssignmentAudit.overdueEscalated,
      organisationId: a.organisationId,
      entityType: ASSIGNMENT_ENTITY,
      entityId: a.id,
      incidentId: a.incidentId,
      summary: `Assignment overdue: "${a.title}" was due ${dueWords(a.dueAt)}`,
      changes: { dueAt, status: a.status, teamId: a.teamId, assigneeUserId: a.assigneeUserId },
    });
    const raised = await this.notices.overdue(a, job.key);
    return raised ? `escalated to ${raised.people} person(s)` : 'escalated; nobody to tell';
  }
}
