/**
 * What the period board report prints: computed elsewhere (the metrics service), handed in
 * typed. The renderer invents nothing: a value it is not given is printed as "–".
 */

/** One month of a trend: its label ("Apr 2026") and value (null: no data). */
export interface MonthlyValue {
  month: string;
  value: number | null;
}

export interface CountOf<K extends string | number = string> {
  key: K;
  count: number;
}

/** Rows × columns of values (percentages unless said otherwise). */
export interface Grid {
  rows: string[];
  columns: string[];
  /** cells[row][column]; null where there is no value. */
  cells: (number | null)[][];
}

export interface BoardReportData {
  /** "Muster ICS", or the organisation the report is for. */
  subject: string;
  /** "November 2026", "2026/27 (April–March)". */
  periodLabel: string;
  periodFrom: Date;
  periodTo: Date;
  generatedAt: Date;
  incidents: {
    total: number;
    /** Counts by EPRR type (INCIDENT, BUSINESS_CONTINUITY, CRITICAL, MAJOR …). */
    byType: CountOf[];
    /** Counts by response level 1–4. */
    byLevel: CountOf<number>[];
    /** Incidents declared per month, last 12 months. */
    trend: MonthlyValue[];
  };
  assignments: {
    /** Done on time, % of those done in the period; null with none done. */
    doneOnTimePercent: number | null;
    open: number;
    overdue: number;
    trend: MonthlyValue[];
  };
  /** Exercise compliance, % per organisation (rows) × exercise type (columns). */
  exerciseCompliance: Grid;
  /** Readiness score per organisation (rows) × incident category (columns), 0–100. */
  readiness: Grid;
  ig: {
    /** Threads decided within 72 hours of awareness, %; null with none due. */
    decidedWithin72hPercent: number | null;
    threads: number;
    /** Late notifications by reason (counts only, never decision content). */
    lateNotifications: CountOf[];
    trend: MonthlyValue[];
  };
  /** EPRR core standards band (and CAF rating where assessed) per organisation. */
  assurance: { organisation: string; band: string | null; compliantPercent: number | null; cafRating: string | null }[];
  /** SOC posture per organisation. */
  posture: {
    organisation: string;
    criticalPastTarget: number;
    patchCompliancePercent: number | null;
    alertsAcknowledgedWithin48hPercent: number | null;
  }[];
}
