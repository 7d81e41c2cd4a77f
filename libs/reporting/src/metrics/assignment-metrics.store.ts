import { Injectable } from '@nestjs/common';
import { sqlRows } from '@muster/platform-database';
import { minutes, MetricsScope, PARAMS_SQL, percent, scopeParams, TREND_MONTHS_SQL } from './metrics-scope';

export interface AssignmentFigureRow {
  grouping: 'ALL' | 'FUNCTION' | 'ORGANISATION';
  function: string | null;
  organisationId: string | null;
  organisationName: string | null;
  open: number;
  overdue: number;
  done: number;
  doneOnTimePercent: number | null;
  medianMinutesToAcknowledge: number | null;
  medianMinutesToComplete: number | null;
  exerciseActions: number;
  exerciseActionsClosed: number;
  exerciseActionsOverdue: number;
}

export interface AssignmentTrendRow {
  month: string;
  open: number;
  overdue: number;
  done: number;
  doneOnTimePercent: number | null;
}

/** Open as at p.at: created before it, not closed by it. */
const OPEN = `(a.closed_at IS NULL OR a.closed_at >= p.at)`;
const DONE_IN_PERIOD = `a.status = 'DONE' AND a.closed_at >= p.start AND a.closed_at < p.at`;
const EXERCISE_ACTION = `a.source_kind = 'EXERCISE_FINDING'`;

/** Assignments: one statement for the figures (all, per function, per organisation), one for the trend. */
@Injectable()
export class AssignmentMetricsStore {
  figures(scope: MetricsScope): Promise<AssignmentFigureRow[]> {
    return sqlRows<AssignmentFigureRow>(
      scope.manager,
      `WITH ${PARAMS_SQL}
       SELECT CASE WHEN GROUPING(a.function) = 0 THEN 'FUNCTION' WHEN GROUPING(a.organisation_id) = 0 THEN 'ORGANISATION'
                   ELSE 'ALL' END AS grouping,
              a.function, a.organisation_id AS "organisationId", min(o.name) AS "organisationName",
              count(*) FILTER (WHERE ${OPEN})::int AS open,
              count(*) FILTER (WHERE ${OPEN} AND a.due_at < p.at)::int AS overdue,
              count(*) FILTER (WHERE ${DONE_IN_PERIOD})::int AS done,
              ${percent(
                `count(*) FILTER (WHERE ${DONE_IN_PERIOD} AND a.closed_at <= a.due_at)`,
                `count(*) FILTER (WHERE ${DONE_IN_PERIOD} AND a.due_at IS NOT NULL)`,
              )} AS "doneOnTimePercent",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes('a.created_at', 'a.acknowledged_at')})
                FILTER (WHERE a.acknowledged_at >= p.start AND a.acknowledged_at < p.at) AS "medianMinutesToAcknowledge",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes('a.created_at', 'a.closed_at')})
                FILTER (WHERE ${DONE_IN_PERIOD}) AS "medianMinutesToComplete",
              count(*) FILTER (WHERE ${EXERCISE_ACTION})::int AS "exerciseActions",
              count(*) FILTER (WHERE ${EXERCISE_ACTION} AND NOT ${OPEN})::int AS "exerciseActionsClosed",
              count(*) FILTER (WHERE ${EXERCISE_ACTION} AND ${OPEN} AND a.due_at < p.at)::int AS "exerciseActionsOverdue"
         FROM p, assignment a JOIN organisation o ON o.id = a.organisation_id
        WHERE a.created_at < p.at AND (p.org IS NULL OR a.organisation_id = p.org)
        GROUP BY GROUPING SETS ((), (a.function), (a.organisation_id))
        ORDER BY 1, 2, 4, 3`,
      scopeParams(scope),
    );
  }

  /**
   * Per month: open and overdue at its end, as running sums of events (an assignment opens
   * when created and leaves when closed; it is overdue from the later of its creation and
   * due time until closed), so each assignment is read once, not once per month; and the
   * done and done on time of the month.
   */
  trend(scope: MetricsScope): Promise<AssignmentTrendRow[]> {
    return sqlRows<AssignmentTrendRow>(
      scope.manager,
      `WITH ${PARAMS_SQL}, ${TREND_MONTHS_SQL},
       scoped AS (
         SELECT a.created_at, a.closed_at, a.due_at, a.status, greatest(a.created_at, a.due_at) AS overdue_from
           FROM p, assignment a
          WHERE a.created_at < p.at AND (p.org IS NULL OR a.organisation_id = p.org)),
       events AS (
         SELECT created_at AS at, 1 AS open, 0 AS overdue FROM scoped
         UNION ALL SELECT closed_at, -1, 0 FROM scoped WHERE closed_at IS NOT NULL
         UNION ALL SELECT overdue_from, 0, 1 FROM scoped WHERE due_at IS NOT NULL AND (closed_at IS NULL OR closed_at > overdue_from)
         UNION ALL SELECT closed_at, 0, -1 FROM scoped WHERE due_at IS NOT NULL AND closed_at > overdue_from),
       bucketed AS (
         -- Each event in the first month whose end is after it; those before the trend count from its first month.
         SELECT greatest(to_char(e.at AT TIME ZONE 'Europe/London', 'YYYY-MM'), p.first_month) AS month,
                sum(e.open)::int AS open, sum(e.overdue)::int AS overdue
           FROM p, events e
          WHERE e.at < p.at
          GROUP BY 1),
       done AS (
         SELECT m.month, count(s.closed_at)::int AS done,
                ${percent('count(*) FILTER (WHERE s.closed_at <= s.due_at)', 'count(s.due_at)')} AS "doneOnTimePercent"
           FROM months m
           LEFT JOIN scoped s ON s.status = 'DONE' AND s.closed_at >= m.start AND s.closed_at < m."end"
          GROUP BY m.month)
       SELECT m.month,
              coalesce(sum(b.open) OVER w, 0)::int AS open,
              coalesce(sum(b.overdue) OVER w, 0)::int AS overdue,
              d.done, d."doneOnTimePercent"
         FROM months m
         LEFT JOIN bucketed b ON b.month = m.month
         JOIN done d ON d.month = m.month
       WINDOW w AS (ORDER BY m.month)
        ORDER BY m.month`,
      scopeParams(scope),
    );
  }
}
