import { Metrics } from '../metrics/metrics.types';
import { AssignmentFigures } from '../metrics/section.types';
import { CsvCell } from './csv';

/** A metric table as CSV rows: its columns and its rows of a Metrics. Definitions: docs/reporting.md. */
export interface MetricTable {
  header: readonly string[];
  rows(m: Metrics): CsvCell[][];
}

const figures = (grouping: string, f: AssignmentFigures): CsvCell[] => [
  grouping,
  f.function,
  f.organisationId,
  f.organisationName,
  f.open,
  f.overdue,
  f.done,
  f.doneOnTimePercent,
  f.medianMinutesToAcknowledge,
  f.medianMinutesToComplete,
];

/** Every table the CSV export offers, by the name in its URL (`/reports/<name>.csv`). */
export const METRIC_TABLES: Record<string, MetricTable> = {
  incidents: {
    header: ['dimension', 'key', 'name', 'incidents'],
    rows: (m) => [
      ['ALL', null, null, m.incidents.total],
      ...m.incidents.byCategory.map((c) => ['CATEGORY', c.key, null, c.count]),
      ...m.incidents.byType.map((c) => ['TYPE', c.key, null, c.count]),
      ...m.incidents.byLevel.map((c) => ['LEVEL', c.key, null, c.count]),
      ...m.incidents.byLeadOrganisation.map((c) => ['LEAD_ORGANISATION', c.key, c.name, c.count]),
    ],
  },
  'incident-durations': {
    header: ['measure', 'incidents', 'median_minutes', 'p90_minutes'],
    rows: (m) =>
      (
        [
          ['REPORTED_TO_DECLARED', m.incidents.reportedToDeclared],
          ['DECLARED_TO_CONTAINED', m.incidents.declaredToContained],
          ['DECLARED_TO_STOOD_DOWN', m.incidents.declaredToStoodDown],
        ] as const
      ).map(([name, d]) => [name, d.count, d.medianMinutes, d.p90Minutes]),
  },
  assignments: {
    header: [
      'grouping',
      'function',
      'organisation_id',
      'organisation_name',
      'open',
      'overdue',
      'done',
      'done_on_time_percent',
      'median_minutes_to_acknowledge',
      'median_minutes_to_complete',
    ],
    rows: (m) => [
      figures('ALL', m.assignments.all),
      ...m.assignments.byFunction.map((f) => figures('FUNCTION', f)),
      ...m.assignments.byOrganisation.map((f) => figures('ORGANISATION', f)),
    ],
  },
  'exercise-actions': {
    header: ['total', 'closed', 'closed_percent', 'overdue'],
    rows: ({ assignments: { exerciseActions: a } }) => [[a.total, a.closed, a.closedPercent, a.overdue]],
  },
  'exercise-compliance': {
    header: ['organisation_id', 'organisation_name', 'type', 'last_at', 'next_due_at', 'status'],
    rows: (m) =>
      m.exercises.cells.map((c) => [c.organisationId, c.organisationName, c.type, c.lastAt, c.nextDueAt, c.status]),
  },
  readiness: {
    header: ['organisation_id', 'organisation_name', 'category', 'status', 'score', 'gap_count'],
    rows: (m) =>
      m.readiness.cells.map((c) => [c.organisationId, c.organisationName, c.category, c.status, c.score, c.gapCount]),
  },
  'readiness-gaps': {
    header: ['organisation_id', 'organisation_name', 'category', 'gap'],
    rows: (m) => m.readiness.gaps.map((g) => [g.organisationId, g.organisationName, g.category, g.description]),
  },
  ig: {
    header: [
      'threads',
      'decided_within_72_hours',
      'decided_within_72_hours_percent',
      'undecided',
      'notifications',
      'late',
      'late_with_reason',
    ],
    rows: ({ informationGovernance: g }) => [
      [
        g.threads,
        g.decidedWithin72Hours,
        g.decidedWithin72HoursPercent,
        g.undecided,
        g.notifications,
        g.late,
        g.lateWithReason,
      ],
    ],
  },
  'ig-late-by-recipient': {
    header: ['recipient', 'late'],
    rows: (m) => m.informationGovernance.lateByRecipient.map((c) => [c.key, c.count]),
  },
  'eprr-bands': {
    header: [
      'organisation_id',
      'organisation_name',
      'assessment_period',
      'applicable',
      'fully_compliant',
      'percent',
      'band',
    ],
    rows: (m) =>
      m.assurance.eprrBands.map((b) => [
        b.organisationId,
        b.organisationName,
        b.assessmentPeriod,
        b.applicable,
        b.fullyCompliant,
        b.percent,
        b.band,
      ]),
  },
  'caf-ratings': {
    header: [
      'organisation_id',
      'organisation_name',
      'assessment_period',
      'achieved',
      'partially_achieved',
      'not_achieved',
      'unrated',
    ],
    rows: (m) =>
      m.assurance.cafRatings.map((c) => [
        c.organisationId,
        c.organisationName,
        c.assessmentPeriod,
        c.achieved,
        c.partiallyAchieved,
        c.notAchieved,
        c.unrated,
      ]),
  },
  'soc-posture': {
    header: [
      'organisation_id',
      'organisation_name',
      'day',
      'critical_open',
      'critical_past_target',
      'patch_compliance_percent',
      'cyber_alerts_acknowledged_within_48_hours_percent',
    ],
    rows: (m) =>
      m.assurance.socPosture.map((p) => [
        p.organisationId,
        p.organisationName,
        p.day,
        p.criticalOpen,
        p.criticalPastTarget,
        p.patchCompliancePercent,
        p.cyberAlertsAcknowledgedWithin48HoursPercent,
      ]),
  },
  'on-call': {
    header: [
      'grouping',
      'organisation_id',
      'organisation_name',
      'duty',
      'pages',
      'acknowledged',
      'exhausted',
      'escalations',
      'median_seconds_to_acknowledge',
      'p90_seconds_to_acknowledge',
    ],
    rows: (m) =>
      [m.onCall.all, ...m.onCall.byOrganisationAndDuty].map((f) => [
        f.organisationId ? 'ORGANISATION_DUTY' : 'ALL',
        f.organisationId,
        f.organisationName,
        f.duty,
        f.pages,
        f.acknowledged,
        f.exhausted,
        f.escalations,
        f.medianSecondsToAcknowledge,
        f.p90SecondsToAcknowledge,
      ]),
  },
  trend: {
    header: ['month', 'metric', 'value'],
    rows: (m) => m.trend.series.flatMap((s) => s.values.map((v, i): CsvCell[] => [m.trend.months[i], s.metric, v])),
  },
};

export const METRIC_TABLE_NAMES = Object.keys(METRIC_TABLES);
