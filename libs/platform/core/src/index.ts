export * from './clock';
export * from './domain-error';
export * from './request-context';
export * from './logger';
