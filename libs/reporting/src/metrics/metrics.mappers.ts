import { OrganisationReadiness, SystemReadiness } from '@muster/readiness';
import { assuranceBand, BandThresholds } from '@muster/assurance';
import { TrendMetric } from '../definitions/metric-definitions';
import { AssignmentFigureRow, AssignmentTrendRow } from './assignment-metrics.store';
import { AssessmentRow, PostureRow, PostureTrendRow } from './assurance-metrics.store';
import { ExerciseCellRow, IgFiguresRow, IgTrendRow } from './exercise-ig-metrics.store';
import { IncidentCountRow, IncidentTrendRow } from './incident-metrics.store';
import { MetricsTrend } from './metrics.types';
import { AssignmentFigures, AssignmentMetrics, CountBy, ExerciseMetrics, IncidentMetrics } from './section.types';
import { AssuranceMetrics, InformationGovernanceMetrics, ReadinessMetrics } from './standing.types';

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function toIncidentMetrics(rows: IncidentCountRow[]): IncidentMetrics {
  const all = rows.find((r) => r.dimension === 'ALL');
  const by = (d: IncidentCountRow['dimension']): CountBy[] =>
    rows.filter((r) => r.dimension === d).map((r) => ({ key: r.key ?? '', name: r.name, count: r.count }));
  const stats = (count = 0, median: number | null = null, p90: number | null = null) => ({
    count,
    medianMinutes: round1(median),
    p90Minutes: round1(p90),
  });
  return {
    total: all?.count ?? 0,
    byCategory: by('CATEGORY'),
    byType: by('TYPE'),
    byLevel: by('LEVEL'),
    byLeadOrganisation: by('LEAD_ORGANISATION'),
    reportedToDeclared: stats(all?.declared, all?.declaredMedian, all?.declaredP90),
    declaredToContained: stats(all?.contained, all?.containedMedian, all?.containedP90),
    declaredToStoodDown: stats(all?.stoodDown, all?.stoodDownMedian, all?.stoodDownP90),
  };
}

function figures(r: AssignmentFigureRow | undefined): AssignmentFigures {
  return {
    function: r?.function ?? null,
    organisationId: r?.organisationId ?? null,
    organisationName: r?.grouping === 'ORGANISATION' ? r.organisationName : null,
    open: r?.open ?? 0,
    overdue: r?.overdue ?? 0,
    done: r?.done ?? 0,
    doneOnTimePercent: r?.doneOnTimePercent ?? null,
    medianMinutesToAcknowledge: round1(r?.medianMinutesToAcknowledge ?? null),
    medianMinutesToComplete: round1(r?.medianMinutesToComplete ?? null),
  };
}

export function toAssignmentMetrics(rows: AssignmentFigureRow[]): AssignmentMetrics {
  const all = rows.find((r) => r.grouping === 'ALL');
  const total = all?.exerciseActions ?? 0;
  const closed = all?.exerciseActionsClosed ?? 0;
  return {
    all: figures(all),
    byFunction: rows.filter((r) => r.grouping === 'FUNCTION').map(figures),
    byOrganisation: rows.filter((r) => r.grouping === 'ORGANISATION').map(figures),
    exerciseActions: {
      total,
      closed,
      closedPercent: total ? round1((100 * closed) / total) : null,
      overdue: all?.exerciseActionsOverdue ?? 0,
    },
  };
}

export function toIgMetrics(row: IgFiguresRow): InformationGovernanceMetrics {
  return {
    ...row,
    decidedWithin72HoursPercent: row.threads ? round1((100 * row.decidedWithin72Hours) / row.threads) : null,
  };
}

export function toAssuranceMetrics(
  assessments: AssessmentRow[],
  posture: PostureRow[],
  thresholds: BandThresholds,
): AssuranceMetrics {
  const eprr = assessments.filter((a) => a.kind === 'EPRR_CORE_STANDARDS');
  return {
    eprrBands: eprr.map((a) => ({
      organisationId: a.organisationId,
      organisationName: a.organisationName,
      assessmentPeriod: a.period,
      applicable: a.applicable,
      fullyCompliant: a.fullyCompliant,
      percent: a.applicable ? Math.floor((a.fullyCompliant * 100) / a.applicable) : 0,
      band: assuranceBand(a.fullyCompliant, a.applicable, thresholds),
    })),
    cafRatings: assessments
      .filter((a) => a.kind === 'CAF_DSPT')
      .map((a) => ({
        organisationId: a.organisationId,
        organisationName: a.organisationName,
        assessmentPeriod: a.period,
        achieved: a.achieved,
        partiallyAchieved: a.partiallyAchieved,
        notAchieved: a.notAchieved,
        unrated: a.unrated,
      })),
    socPosture: posture.map((r) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      day: r.day,
      criticalOpen: r.criticalOpen,
      criticalPastTarget: r.criticalPastTarget,
      patchCompliancePercent: r.patchCompliancePercent,
    })),
    criticalPastTarget: posture[0]?.totalCriticalPastTarget ?? 0,
    patchCompliancePercent: posture[0]?.meanPatchCompliancePercent ?? null,
    cyberAlertsAcknowledgedWithin48HoursPercent: null,
  };
}

export function fromSystemReadiness(r: SystemReadiness): ReadinessMetrics {
  const names = new Map(r.organisations.map((o) => [o.id, o.name]));
  const cells = r.cells.map((c) => ({
    organisationId: c.organisationId,
    organisationName: names.get(c.organisationId) ?? '',
    category: c.category,
    status: c.status,
    score: c.score,
    gapCount: c.gapCount,
  }));
  return {
    evaluatedAt: r.evaluatedAt,
    score: r.score,
    cells,
    gaps: cells
      .filter((c) => c.gapCount > 0)
      .map((c) => ({
        organisationId: c.organisationId,
        organisationName: c.organisationName,
        category: c.category,
        description: `${c.status}: ${c.gapCount} gap${c.gapCount === 1 ? '' : 's'}`,
      })),
  };
}

export function fromOrganisationReadiness(r: OrganisationReadiness): ReadinessMetrics {
  const { id, name } = r.organisation;
  return {
    evaluatedAt: r.evaluatedAt,
    score: r.score,
    cells: r.categories.map((c) => ({
      organisationId: id,
      organisationName: name,
      category: c.category,
      status: c.status,
      score: c.score,
      gapCount: c.gaps.length,
    })),
    gaps: r.gaps.map((description) => ({ organisationId: id, organisationName: name, category: null, description })),
  };
}

/** The trend's series from each family's rows (12 each, in month order); months after the as-at instant are null. */
export function toTrend(
  months: string[],
  asAtMonth: string,
  rows: {
    incidents: IncidentTrendRow[];
    assignments: AssignmentTrendRow[];
    ig: IgTrendRow[];
    posture: PostureTrendRow[];
  },
): MetricsTrend {
  const series = <R>(metric: TrendMetric, from: R[], value: (r: R) => number | null) => ({
    metric,
    values: from.map((r, i) => (months[i] > asAtMonth ? null : value(r))),
  });
  return {
    months,
    series: [
      series(TrendMetric.INCIDENTS_REPORTED, rows.incidents, (r) => r.incidents),
      series(TrendMetric.INCIDENT_MEDIAN_MINUTES_REPORTED_TO_DECLARED, rows.incidents, (r) =>
        round1(r.medianToDeclared),
      ),
      series(TrendMetric.ASSIGNMENTS_OPEN, rows.assignments, (r) => r.open),
      series(TrendMetric.ASSIGNMENTS_OVERDUE, rows.assignments, (r) => r.overdue),
      series(TrendMetric.ASSIGNMENTS_DONE, rows.assignments, (r) => r.done),
      series(TrendMetric.ASSIGNMENTS_DONE_ON_TIME_PERCENT, rows.assignments, (r) => r.doneOnTimePercent),
      series(TrendMetric.IG_THREADS, rows.ig, (r) => r.threads),
      series(TrendMetric.IG_DECIDED_WITHIN_72_HOURS_PERCENT, rows.ig, (r) => r.decidedWithin72HoursPercent),
      series(TrendMetric.IG_NOTIFICATIONS_LATE, rows.ig, (r) => r.late),
      series(TrendMetric.SOC_CRITICAL_PAST_TARGET, rows.posture, (r) => r.criticalPastTarget),
      series(TrendMetric.SOC_PATCH_COMPLIANCE_PERCENT, rows.posture, (r) => r.patchCompliancePercent),
    ],
  };
}

export function toExerciseMetrics(rows: ExerciseCellRow[]): ExerciseMetrics {
  return {
    inDatePercent: rows[0]?.inDatePercent ?? null,
    cells: rows.map((r) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      type: r.type,
      lastAt: r.lastAt,
      nextDueAt: r.nextDueAt,
      status: r.inDate ? 'IN_DATE' : 'OVERDUE',
    })),
  };
}
