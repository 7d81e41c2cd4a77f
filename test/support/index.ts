export * from './database-access';
export * from './graphql-client';
export * from './identity-fixtures';
export * from './resolver-handlers';
export * from './test-app';
export * from './test-databases';
export * from './tcp-proxy';
export * from './mail-sink';
