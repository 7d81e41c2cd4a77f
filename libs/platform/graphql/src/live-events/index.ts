export * from './live-event-codec';
export * from './live-events';
export * from './live-events.module';
export * from './redis-live-events';
