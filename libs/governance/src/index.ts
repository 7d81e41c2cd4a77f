export * from './clock/ig-clocks';
export * from './governance.audit';
export * from './governance.entities';
export * from './governance.module';
export * from './ig-enums';
