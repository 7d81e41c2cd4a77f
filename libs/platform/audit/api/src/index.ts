export * from './audit-access';
export * from './audit-event.types';
export * from './audit-export.service';
export * from './audit-trail.audit';
export * from './audit-trail.module';
export * from './audit-verification.service';
