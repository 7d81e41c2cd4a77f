// Internals for tests and benchmarks only (`@muster/reporting/testing`): the stores and the
// computation, so that a raw-pg handler can run exactly the statements the service runs.
export { computeMetrics } from './metrics/metrics-computation';
export type { MetricsSettings, MetricsStores } from './metrics/metrics-computation';
export { settingsOf } from './metrics/metrics.service';
export { fromSystemReadiness } from './metrics/metrics.mappers';
export { IncidentMetricsStore } from './metrics/incident-metrics.store';
export { AssignmentMetricsStore } from './metrics/assignment-metrics.store';
export { ExerciseIgMetricsStore } from './metrics/exercise-ig-metrics.store';
export { AssuranceMetricsStore } from './metrics/assurance-metrics.store';
export { OnCallMetricsStore } from './metrics/oncall-metrics.store';
export type { MetricsScope } from './metrics/metrics-scope';
