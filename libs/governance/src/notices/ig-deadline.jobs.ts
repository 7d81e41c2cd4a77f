import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { Job, Scheduler } from '@muster/platform-scheduler';
import { clockRunning, hoursAfter, WARNING_MILESTONES } from '../clock/ig-clocks';
import { IgStore, ThreadRow } from '../ig.store';
import { IgNotices } from './ig-notices';

const IG_CLOCK = 'governance.ig-clock';

interface IgClockPayload {
  threadId: string;
  milestone: number;
}

/**
 * The 72-hour clock on the scheduler. Opening a thread enqueues one job per milestone — 48 h
 * and 66 h after awareness, and the deadline — keyed `ig-clock:<thread>:<hours>h`, a key
 * naming the work once (enqueued again, it adds nothing; run by two schedulers, it is claimed
 * by one). Milestones already past when the thread is opened (awareness entered late) are
 * folded into the latest of them: one warning, not three at once. When a job runs it tells
 * the organisation's IG officers and the incident's IG lead — unless the clock has stopped
 * (notified to the ICO or through the DSPT, or a current NOT_REPORTABLE decision) — with the
 * job's key as the notification's dedupe key, so a job run twice tells nobody twice.
 */
@Injectable()
export class IgDeadlineJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly store: IgStore,
    private readonly notices: IgNotices,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ kind: IG_CLOCK, handle: (job, tx) => this.warn(job, tx) });
  }

  /** In the opening transaction. */
  async schedule(tx: Transaction, thread: ThreadRow): Promise<void> {
    const at = WARNING_MILESTONES.map((hours) => ({ hours, runAt: hoursAfter(thread.awarenessAt, hours) }));
    const past = at.filter((m) => m.runAt.getTime() <= tx.now.getTime());
    const due = [...past.slice(-1), ...at.filter((m) => m.runAt.getTime() > tx.now.getTime())];
    await this.scheduler.enqueueMany(
      tx,
      due.map(({ hours, runAt }) => ({
        kind: IG_CLOCK,
        key: `ig-clock:${thread.id}:${hours}h`,
        runAt,
        organisationId: thread.organisationId,
        payload: { threadId: thread.id, milestone: hours } satisfies IgClockPayload,
      })),
    );
  }

  private async warn(job: Job, tx: Transaction): Promise<string> {
    const { threadId, milestone } = job.payload as unknown as IgClockPayload;
    const thread: ThreadRow | null = await this.store.thread(tx.manager, threadId, []);
    if (!thread) return 'the thread is gone';
    if (!clockRunning(thread)) return 'the clock has stopped (notified, or decided not reportable)';
    const raised = await this.notices.clock(thread, milestone, job.key);
    return raised ? `${raised.people} person(s) told at ${milestone} h` : 'nobody to tell, or told before';
  }
}
