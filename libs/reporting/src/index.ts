export * from './documents/board-report/board-report.render';
export * from './documents/board-report/board-report.types';
export * from './documents/charts';
export * from './documents/document-shell';
export * from './documents/report-documents.audit';
export * from './documents/report-documents.module';
