/**
 * Every metric's definition, in one place: the GraphQL schema's descriptions are these
 * strings, the CSV columns are named after them, and docs/reporting.md repeats them for
 * readers of a board paper. Change a definition here, and in the doc.
 *
 * Common rules: a period is a calendar month or a financial year (April–March), cut at
 * midnight in Europe/London. Figures "as at" are taken at the period's end, or now while
 * the period runs. Durations are in minutes; a median or 90th percentile is the continuous
 * percentile (interpolated) of the durations that exist, null when none do; a percentage
 * is 0–100 with one decimal, null when its denominator is 0.
 */
export const METRIC_DEFINITIONS = {
  period: {
    input:
      'A reporting period: `month` ("2026-10": that calendar month) or `financialYear` (2026: the financial year ' +
      '2026/27, 1 April 2026 to 31 March 2027), not both; neither is the current month. Both run from midnight to midnight in Europe/London, ' +
      'so a month in British Summer Time starts at 23:00 UTC the day before.',
    asAt: 'The instant standing figures (open, overdue, compliance, bands) are taken at: the end of the period, or now while it runs.',
  },
  incidents: {
    section:
      'Incidents reported in the period (reported_at within it), whatever their state now, cancelled ones included. An ' +
      "organisation's incidents are those it leads or is affected by; the system's are all.",
    total: 'Incidents reported in the period.',
    byCategory: 'Incidents reported in the period per incident category.',
    byType: 'Incidents reported in the period per EPRR type (BUSINESS_CONTINUITY, CRITICAL, MAJOR).',
    byLevel: 'Incidents reported in the period per current level (1–4).',
    byLeadOrganisation: 'Incidents reported in the period per lead organisation (system view only).',
    reportedToDeclared: 'From reported_at to declared_at, for the incidents of the period that were declared.',
    declaredToContained:
      'From declared_at to contained_at, for the incidents of the period that were declared and contained.',
    declaredToStoodDown:
      'From declared_at to stood_down_at, for the incidents of the period that were declared and stood down.',
  },
  assignments: {
    section:
      "Assignments owned by the organisation (or every organisation's, for the system): the total, per function and per " +
      'owning organisation.',
    open: 'Open as at the period (created before it, not closed by it: OPEN, ACKNOWLEDGED, IN_PROGRESS or BLOCKED then).',
    overdue: 'Open as at the period with a due time before it.',
    done: 'Closed as DONE within the period.',
    doneOnTimePercent:
      'Of the assignments done within the period that had a due time, the share closed at or before it (those without a due time are left out).',
    medianMinutesToAcknowledge:
      'Median of created → acknowledged, over the assignments acknowledged within the period.',
    medianMinutesToComplete: 'Median of created → closed, over the assignments done within the period.',
    exerciseActions:
      'Exercise actions: assignments raised from exercise findings (source EXERCISE_FINDING) created before the as-at instant; ' +
      'closed = DONE, CANCELLED or WAIVED by then; overdue = open then with a due time before it.',
  },
  exercises: {
    section:
      'Exercise compliance as at the period, per organisation and exercise type (EPRR Framework frequencies, EXERCISE_MONTHS_*): the ' +
      'latest exercise it organised or took part in (or, for LIVE_PLAY and COMMAND_POST, the real incident that counts for one, as ' +
      'libs/exercises decides) no longer ago than the interval. Never done is OVERDUE.',
    inDatePercent: 'Share of the organisation × type cells IN_DATE.',
  },
  readiness: {
    section:
      'Readiness as the readiness service derives it now (readiness keeps no history: it is the same whatever the period). ' +
      'docs/readiness.md states the rules.',
    cells: 'Score per organisation × incident category (the system matrix, or the organisation’s own categories).',
    gaps: 'The gap list: for the system, every cell with gaps (its status and how many); for an organisation, each of its gaps in words.',
  },
  informationGovernance: {
    section:
      'The IG decision log, as counts only (never what was decided): threads whose awareness time falls in the period and ' +
      'notifications made in the period.',
    threads: 'IG threads (one per incident and affected organisation) whose awareness time falls in the period.',
    decidedWithin72Hours:
      'Of those threads, how many had a decision other than DEFERRED_PENDING_FACTS (REPORTABLE or NOT_REPORTABLE, of any type) ' +
      'decided within 72 hours of awareness (the UK GDPR Art. 33 clock).',
    decidedWithin72HoursPercent: 'decidedWithin72Hours as a share of threads.',
    undecided: 'Threads of the period with no decision other than DEFERRED_PENDING_FACTS yet.',
    notifications: 'Notifications (ICO, DSPT, NIS, data subjects, senior management) made in the period.',
    late: 'Notifications of the period recorded as late.',
    lateWithReason:
      'Late notifications of the period that give a reason for the delay (the reason itself is never shown).',
    lateByRecipient: 'Late notifications of the period per recipient.',
  },
  assurance: {
    section:
      'Per organisation, its latest CONFIRMED or PUBLISHED assessment of each framework kind confirmed before the as-at instant.',
    eprrBand:
      'EPRR core standards: the share of applicable standards rated FULLY_COMPLIANT, floored to a whole percent, and its band ' +
      '(FULL at 100%, SUBSTANTIAL from ASSURANCE_BAND_SUBSTANTIAL_FROM, PARTIAL from ASSURANCE_BAND_PARTIAL_FROM, else NON_COMPLIANT).',
    cafRatings:
      'CAF (DSPT): how many contributing outcomes are ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED and unrated.',
    socPosture:
      "SOC posture: each organisation's latest daily report within the period (up to the as-at day): critical vulnerabilities " +
      'past the patch target and patch compliance %.',
    criticalPastTarget:
      'Sum over organisations of critical vulnerabilities past the patch target in their latest report of the period.',
    patchCompliancePercent:
      'Mean over reporting organisations of patch compliance % in their latest report of the period.',
    cyberAlertsAcknowledgedWithin48HoursPercent:
      'Of the high-severity NHS cyber alert responses whose acknowledgement fell due in the period (48 hours after issue, ' +
      'CYBER_ALERT_ACK_HOURS), the share acknowledged by then, to one decimal; null with none due.',
  },
  trend: {
    section:
      'Each series per London month, for 12 months ending with the period’s last month: `months` names them, and each ' +
      'series has one value per month (null where the month has nothing to measure). Readiness, exercise compliance and ' +
      'assurance are standings without history and have no series.',
  },
  onCall: {
    section:
      'On-call pages raised in the period (by hand or by an event), whatever happened to them since: for the scope and ' +
      "per organisation paged × duty. An organisation's are the pages to its own on-call.",
    figures: 'Pages of an organisation and duty, or of the whole scope.',
    pages: 'Pages raised in the period.',
    acknowledged: 'Of those, acknowledged (from the API or the one-time link), now.',
    exhausted: 'Of those, exhausted: every level and repeat of the escalation policy paged, nobody acknowledged.',
    escalations: 'Times those pages moved on to the next level (or repeat) because nobody acknowledged in time.',
    medianSecondsToAcknowledge:
      'Median seconds from raising to acknowledgement (MTTA) of the acknowledged pages; null with none.',
    p90SecondsToAcknowledge: '90th percentile of the same.',
  },
} as const;

/** The trend series, each a metric of a section above taken per month. */
export enum TrendMetric {
  INCIDENTS_REPORTED = 'INCIDENTS_REPORTED',
  INCIDENT_MEDIAN_MINUTES_REPORTED_TO_DECLARED = 'INCIDENT_MEDIAN_MINUTES_REPORTED_TO_DECLARED',
  ASSIGNMENTS_OPEN = 'ASSIGNMENTS_OPEN',
  ASSIGNMENTS_OVERDUE = 'ASSIGNMENTS_OVERDUE',
  ASSIGNMENTS_DONE = 'ASSIGNMENTS_DONE',
  ASSIGNMENTS_DONE_ON_TIME_PERCENT = 'ASSIGNMENTS_DONE_ON_TIME_PERCENT',
  IG_THREADS = 'IG_THREADS',
  IG_DECIDED_WITHIN_72_HOURS_PERCENT = 'IG_DECIDED_WITHIN_72_HOURS_PERCENT',
  IG_NOTIFICATIONS_LATE = 'IG_NOTIFICATIONS_LATE',
  SOC_CRITICAL_PAST_TARGET = 'SOC_CRITICAL_PAST_TARGET',
  SOC_PATCH_COMPLIANCE_PERCENT = 'SOC_PATCH_COMPLIANCE_PERCENT',
}

export const TREND_METRIC_WORDS: Record<TrendMetric, string> = {
  INCIDENTS_REPORTED: 'Incidents reported in the month.',
  INCIDENT_MEDIAN_MINUTES_REPORTED_TO_DECLARED: 'Median reported → declared of the incidents reported in the month.',
  ASSIGNMENTS_OPEN: 'Assignments open at the end of the month (or now, for the running month).',
  ASSIGNMENTS_OVERDUE: 'Assignments overdue at the end of the month (or now).',
  ASSIGNMENTS_DONE: 'Assignments done within the month.',
  ASSIGNMENTS_DONE_ON_TIME_PERCENT: 'Of those done within the month with a due time, the share done on time.',
  IG_THREADS: 'IG threads whose awareness falls in the month.',
  IG_DECIDED_WITHIN_72_HOURS_PERCENT: 'Of those, the share decided within 72 hours of awareness.',
  IG_NOTIFICATIONS_LATE: 'Notifications made late within the month.',
  SOC_CRITICAL_PAST_TARGET:
    "Critical vulnerabilities past target in each organisation's latest report of the month, summed.",
  SOC_PATCH_COMPLIANCE_PERCENT: "Mean patch compliance % of each organisation's latest report of the month.",
};
