export * from './clock';
export * from './domain-error';
export * from './request-context';
export * from './logger';
export * from './database-availability';
export * from './database-unavailable';
