export * from './audit-draft';
export * from './audit-appender';
export * from './audit-event.entity';
export * from './audit-hash';
export * from './canonical-json';
export * from './audit.module';
