export * from './depth-limit';
export * from './format-error';
export * from './graphql-platform.module';
export * from './operation-logging.plugin';
export * from './pagination';
export * from './request-context.middleware';
export * from './validation.pipe';
export * from './server-info.resolver';
