export * from './access-policy';
export * from './access.decorators';
export * from './access.guard';
export * from './access.module';
export * from './principal';
export * from './role';
export * from './transition-table';
export * from './authenticate-request';
