/** The audit actions of reporting: its only writes. A string, once recorded, never changes. */
export const ReportingAudit = {
  /** A metric table was downloaded as CSV (which table, period and organisation). */
  csvExported: 'reporting.csv_exported',
} as const;
