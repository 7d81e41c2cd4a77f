// Internals for tests and benchmarks only (`@muster/readiness/testing`): the statements,
// the pure rules and the duty bits, so that a raw-pg handler can run exactly what the
// service runs and a test can check the database against the code. Lint refuses this
// entry point to libraries and apps: they use `@muster/readiness`.
export { holdersStatement, organisationsStatement, templatesStatement, toOrganisationFacts, toTemplateFacts } from './data/readiness.sql';
export type { SqlStatement } from './data/readiness.sql';
export { matrixRunbookFactsStatements, toMatrixRunbookFacts } from './data/readiness.matrix-sql';
export type { MatrixRunbooksRow } from './data/readiness.matrix-sql';
export { toSystemReadiness } from './api/readiness.views';
export { DUTY_FUNCTIONS, DUTY_ROLES, dutyBit, HALF_BITS } from './rules/readiness.duties';
export type { HolderFacts } from './rules/readiness.facts';
export { assessSystem } from './rules/readiness.rollup';
