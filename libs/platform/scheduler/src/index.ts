export * from './backoff';
export * from './job.store';
export * from './scheduler';
export * from './scheduler-loop';
export * from './scheduler.audit';
export * from './scheduler.module';
