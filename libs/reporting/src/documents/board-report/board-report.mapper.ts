import { TrendMetric } from '../../definitions/metric-definitions';
import { Metrics } from '../../metrics/metrics.types';
import { BoardReportData, Grid, MonthlyValue } from './board-report.types';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-10" → "Oct 2026". */
function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return Number.isFinite(year) && Number.isFinite(m) ? MONTH.format(new Date(Date.UTC(year, m - 1, 1))) : month;
}

function series(metrics: Metrics, metric: TrendMetric): MonthlyValue[] {
  const values = metrics.trend.series.find((s) => s.metric === metric)?.values ?? [];
  return metrics.trend.months.map((month, i) => ({ month: monthLabel(month), value: values[i] ?? null }));
}

/** Rows × columns from cells keyed by both, in first-seen order; missing cells are null. */
function gridOf<C>(cells: C[], row: (c: C) => string, column: (c: C) => string, value: (c: C) => number | null): Grid {
  const rows = [...new Set(cells.map(row))];
  const columns = [...new Set(cells.map(column))];
  const at = new Map(cells.map((c) => [`${row(c)}\u0000${column(c)}`, value(c)]));
  return { rows, columns, cells: rows.map((r) => columns.map((col) => at.get(`${r}\u0000${col}`) ?? null)) };
}

/**
 * The board report's figures, taken from the metrics as computed for the reader (so what
 * the reader may not see is not in them): a copy, one field after another, nothing derived
 * but the layout (trends by month, grids by organisation).
 */
export function toBoardReportData(m: Metrics, subject: string, generatedAt: Date): BoardReportData {
  const cafByOrganisation = new Map(m.assurance.cafRatings.map((c) => [c.organisationId, c]));
  return {
    subject,
    periodLabel: m.period.label,
    periodFrom: m.period.start,
    periodTo: m.period.end,
    generatedAt,
    incidents: {
      total: m.incidents.total,
      byType: m.incidents.byType.map((c) => ({ key: c.key, count: c.count })),
      byLevel: m.incidents.byLevel.map((c) => ({ key: Number(c.key), count: c.count })),
      trend: series(m, TrendMetric.INCIDENTS_REPORTED),
    },
    assignments: {
      doneOnTimePercent: m.assignments.all.doneOnTimePercent,
      open: m.assignments.all.open,
      overdue: m.assignments.all.overdue,
      trend: series(m, TrendMetric.ASSIGNMENTS_DONE_ON_TIME_PERCENT),
    },
    exerciseCompliance: gridOf(
      m.exercises.cells,
      (c) => c.organisationName,
      (c) => c.type,
      (c) => (c.status === 'IN_DATE' ? 100 : 0),
    ),
    readiness: gridOf(
      m.readiness.cells,
      (c) => c.organisationName,
      (c) => c.category,
      (c) => c.score,
    ),
    ig: {
      decidedWithin72hPercent: m.informationGovernance.decidedWithin72HoursPercent,
      threads: m.informationGovernance.threads,
      lateNotifications: m.informationGovernance.lateByRecipient.map((c) => ({ key: c.key, count: c.count })),
      trend: series(m, TrendMetric.IG_DECIDED_WITHIN_72_HOURS_PERCENT),
    },
    assurance: m.assurance.eprrBands.map((b) => {
      const caf = cafByOrganisation.get(b.organisationId);
      return {
        organisation: b.organisationName,
        band: b.band,
        compliantPercent: b.percent,
        cafRating: caf
          ? `${caf.achieved} achieved · ${caf.partiallyAchieved} partially · ${caf.notAchieved} not achieved`
          : null,
      };
    }),
    posture: m.assurance.socPosture.map((p) => ({
      organisation: p.organisationName,
      criticalPastTarget: p.criticalPastTarget,
      patchCompliancePercent: p.patchCompliancePercent,
      alertsAcknowledgedWithin48hPercent: p.cyberAlertsAcknowledgedWithin48HoursPercent,
    })),
  };
}
