// What other libraries and the app use: the module, its service and the types it answers
// with. The statements, rules and duty bits stay inside; tests and benches reach them
// through `@muster/readiness/testing`.
export * from './readiness.module';
export * from './readiness.service';
export * from './api/readiness.types';
export * from './rules/readiness.enums';
export * from './applicability/opt-in.types';
export { CATEGORY_APPLICABILITY } from './applicability/category-applicability';
export * from './applicability/opt-ins.service';
export * from './readiness.audit';
