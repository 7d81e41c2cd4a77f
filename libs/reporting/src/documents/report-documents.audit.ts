/**
 * The audit actions of printed reports. Reporting changes nothing: generating a document is
 * recorded so a printed copy (its checksum) can be matched to who generated it and when.
 * The strings are part of the trail's history: never change one.
 */
export const ReportDocumentsAudit = {
  /** A grab pack was generated; `changes.checksum` is the SHA-256 printed on its pages. */
  grabPackGenerated: 'report.grab_pack_generated',
  /** An incident report was generated for the caller; `changes.checksum` as printed. */
  incidentReportGenerated: 'report.incident_report_generated',
} as const;

export const REPORT_ENTITY = { organisation: 'organisation', incident: 'incident' } as const;
