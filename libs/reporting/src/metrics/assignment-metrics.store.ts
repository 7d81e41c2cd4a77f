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

/**
 * The trend month (1–12) of an instant: a binary search of the months' first instants
 * (width_bucket over the sorted array), 0 before the first — far cheaper per row than
 * converting each instant to London time.
 */
const MONTH_OF = (at: string) => `width_bucket(${at}, (SELECT array_agg(start ORDER BY start) FROM months))`;

/** Open as at the as-at instant ($3): created before it (every row read is), not closed by it. */
const OPEN = `(a.closed_at IS NULL OR a.closed_at >= $3::timestamptz)`;
const DONE = `(a.status = 'DONE' AND a.closed_at >= $1::timestamptz AND a.closed_at < $3::timestamptz)`;
const ACKNOWLEDGED = `(a.acknowledged_at >= $1::timestamptz AND a.acknowledged_at < $3::timestamptz)`;
const EXERCISE_ACTION = `a.source_kind = 'EXERCISE_FINDING'`;

const GROUPING = `CASE WHEN GROUPING(a.function) = 0 THEN 'FUNCTION' WHEN GROUPING(a.organisation_id) = 0 THEN 'ORGANISATION'
                      ELSE 'ALL' END`;

/**
 * Assignments: one statement for the figures (all, per function, per organisation), one for
 * the trend. The figures hash-aggregate their counts; the medians sort only the rows they
 * measure (acknowledged or done in the period).
 */
@Injectable()
export class AssignmentMetricsStore {
  figures(scope: MetricsScope): Promise<AssignmentFigureRow[]> {
    return sqlRows<AssignmentFigureRow>(
      scope.manager,
      `WITH ${PARAMS_SQL},
       counts AS (
         -- Counts hash-aggregate over every assignment of the scope; only the medians sort, and only the rows they measure.
         SELECT ${GROUPING} AS grouping, a.function, a.organisation_id,
                count(*) FILTER (WHERE ${OPEN})::int AS open,
                count(*) FILTER (WHERE ${OPEN} AND a.due_at < $3::timestamptz)::int AS overdue,
                count(*) FILTER (WHERE ${DONE})::int AS done,
                ${percent(
                  `count(*) FILTER (WHERE ${DONE} AND a.closed_at <= a.due_at)`,
                  `count(*) FILTER (WHERE ${DONE} AND a.due_at IS NOT NULL)`,
                )} AS "doneOnTimePercent",
                count(*) FILTER (WHERE ${EXERCISE_ACTION})::int AS "exerciseActions",
                count(*) FILTER (WHERE ${EXERCISE_ACTION} AND NOT ${OPEN})::int AS "exerciseActionsClosed",
                count(*) FILTER (WHERE ${EXERCISE_ACTION} AND ${OPEN} AND a.due_at < $3::timestamptz)::int AS "exerciseActionsOverdue"
           FROM assignment a
          WHERE a.created_at < $3::timestamptz AND ($4::uuid IS NULL OR a.organisation_id = $4::uuid)
          GROUP BY GROUPING SETS ((), (a.function), (a.organisation_id))),
       medians AS (
         SELECT ${GROUPING} AS grouping, a.function, a.organisation_id,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes('a.created_at', 'a.acknowledged_at')})
                  FILTER (WHERE ${ACKNOWLEDGED}) AS "medianMinutesToAcknowledge",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes('a.created_at', 'a.closed_at')})
                  FILTER (WHERE ${DONE}) AS "medianMinutesToComplete"
           FROM assignment a
          WHERE a.created_at < $3::timestamptz AND ($4::uuid IS NULL OR a.organisation_id = $4::uuid)
            AND (${ACKNOWLEDGED} OR ${DONE})
          GROUP BY GROUPING SETS ((), (a.function), (a.organisation_id)))
       SELECT g.grouping, g.function, g.organisation_id AS "organisationId", o.name AS "organisationName",
              g.open, g.overdue, g.done, g."doneOnTimePercent", m."medianMinutesToAcknowledge", m."medianMinutesToComplete",
              g."exerciseActions", g."exerciseActionsClosed", g."exerciseActionsOverdue"
         FROM counts g
         LEFT JOIN medians m ON m.grouping = g.grouping AND m.function IS NOT DISTINCT FROM g.function
              AND m.organisation_id IS NOT DISTINCT FROM g.organisation_id
         LEFT JOIN organisation o ON o.id = g.organisation_id
        ORDER BY g.grouping, g.function, o.name, g.organisation_id`,
      scopeParams(scope),
    );
  }

  /**
   * Per month: open and overdue at its end, as running sums of events (an assignment opens
   * when created and leaves when closed; it is overdue from the later of its creation and
   * due time until closed), each event bucketed in its London month (those before the
   * trend in its first), so each assignment is read once, not once per month; and the done
   * and done on time of each month, bucketed likewise.
   */
  trend(scope: MetricsScope): Promise<AssignmentTrendRow[]> {
    return sqlRows<AssignmentTrendRow>(
      scope.manager,
      `WITH ${PARAMS_SQL}, ${TREND_MONTHS_SQL},
       scoped AS MATERIALIZED (
         SELECT a.created_at, a.closed_at, a.due_at, a.status = 'DONE' AS done, greatest(a.created_at, a.due_at) AS overdue_from
           FROM assignment a
          WHERE a.created_at < $3::timestamptz AND ($4::uuid IS NULL OR a.organisation_id = $4::uuid)),
       events AS (
         SELECT created_at AS at, 1 AS open, 0 AS overdue FROM scoped
         UNION ALL SELECT closed_at, -1, 0 FROM scoped WHERE closed_at < $3::timestamptz
         UNION ALL SELECT overdue_from, 0, 1 FROM scoped
                    WHERE due_at IS NOT NULL AND overdue_from < $3::timestamptz AND (closed_at IS NULL OR closed_at > overdue_from)
         UNION ALL SELECT closed_at, 0, -1 FROM scoped
                    WHERE due_at IS NOT NULL AND closed_at > overdue_from AND closed_at < $3::timestamptz),
       bucketed AS (
         SELECT greatest(${MONTH_OF('e.at')}, 1) AS idx,
                sum(e.open)::int AS open, sum(e.overdue)::int AS overdue
           FROM events e
          GROUP BY 1),
       done AS (
         SELECT ${MONTH_OF('s.closed_at')} AS idx, count(*)::int AS done,
                ${percent('count(*) FILTER (WHERE s.closed_at <= s.due_at)', 'count(s.due_at)')} AS "doneOnTimePercent"
           FROM scoped s
          WHERE s.done AND s.closed_at >= (SELECT min(start) FROM months) AND s.closed_at < $3::timestamptz
          GROUP BY 1)
       SELECT m.month,
              coalesce(sum(b.open) OVER w, 0)::int AS open,
              coalesce(sum(b.overdue) OVER w, 0)::int AS overdue,
              coalesce(d.done, 0) AS done, d."doneOnTimePercent"
         FROM months m
         LEFT JOIN bucketed b ON b.idx = m.idx
         LEFT JOIN done d ON d.idx = m.idx
       WINDOW w AS (ORDER BY m.month)
        ORDER BY m.month`,
      scopeParams(scope),
    );
  }
}
