// What the app, tests and reports built on the metrics use.
export * from './reporting.module';
export * from './reporting.audit';
export * from './metrics/metrics.service';
export * from './metrics/metrics.types';
export * from './metrics/section.types';
export * from './metrics/standing.types';
export * from './definitions/metric-definitions';
export * from './periods/metrics-period';
export { toCsv, csvCell } from './csv/csv';
export { METRIC_TABLE_NAMES } from './csv/metric-tables';
export * from './documents/board-report/board-report.render';
export * from './documents/board-report/board-report.types';
export * from './documents/charts';
export * from './documents/document-shell';
export * from './documents/report-documents.audit';
export * from './documents/report-documents.module';
