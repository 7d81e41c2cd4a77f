// Internals for tests and benchmarks only (`@muster/readiness/testing`): the statements,
// the pure rules and the duty bits, so that a raw-pg handler can run exactly what the
// service runs and a test can check the database against the code. Lint refuses this
// entry point to libraries and apps: they use `@muster/readiness`.
export {
  holdersStatement,
  organisationsStatement,
  runbookFactsStatement,
  templatesStatement,
  toOrganisationFacts,
  toRunbookFacts,
  toTemplateFacts,
} from './data/readiness.sql';
export type { RunbookFactsRow, SqlStatement } from './data/readiness.sql';
export { matrixRunbookFactsStatement, toMatrixRunbookFacts } from './packed-matrix/packed-matrix';
export type { MatrixRunbooksRow } from './packed-matrix/packed-matrix';
export { toSystemReadiness } from './api/readiness.views';
export {
  DESIGNATION_SHIFT,
  DUTY_DESIGNATIONS,
  DUTY_FUNCTIONS,
  DUTY_ROLES,
  dutyBit,
  HALF_BITS,
} from './duty-bits/duty-set';
export type { HolderFacts, RunbookFacts } from './rules/readiness.facts';
export { assessOrganisation, assessSystem } from './rules/readiness.rollup';
