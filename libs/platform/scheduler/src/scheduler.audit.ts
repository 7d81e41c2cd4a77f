/** The audit actions of the scheduler's own bookkeeping (see IdentityAudit: never change a string). */
export const SchedulerAudit = {
  /** A periodic job's slot was enqueued. */
  jobScheduled: 'job.scheduled',
  /** A job's work committed (with whatever events the work itself recorded). */
  jobCompleted: 'job.completed',
  jobRetryScheduled: 'job.retry_scheduled',
  /** Its last attempt failed: it will not run again. */
  jobFailed: 'job.failed',
} as const;

export type SchedulerAction = (typeof SchedulerAudit)[keyof typeof SchedulerAudit];
