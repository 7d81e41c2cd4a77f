import { Global, Module } from '@nestjs/common';
import { JobStore } from './job.store';
import { Scheduler } from './scheduler';
import { SchedulerLoop } from './scheduler-loop';

/** The scheduler, global: every domain registers its job kinds and enqueues in its own unit of work. */
@Global()
@Module({
  providers: [JobStore, Scheduler, SchedulerLoop],
  exports: [Scheduler, SchedulerLoop, JobStore],
})
export class SchedulerModule {}
