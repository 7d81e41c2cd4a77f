import { Injectable } from '@nestjs/common';
import { sqlRows } from '@muster/platform-database';
import { MetricsScope, PARAMS_SQL, percent, scopeParams, TREND_MONTHS_SQL } from './metrics-scope';

export interface ExerciseCellRow {
  organisationId: string;
  organisationName: string;
  type: string;
  lastAt: Date | null;
  nextDueAt: Date | null;
  inDate: boolean;
  /** Over every cell of the answer (a window aggregate). */
  inDatePercent: number;
}

export interface IgFiguresRow {
  threads: number;
  decidedWithin72Hours: number;
  undecided: number;
  notifications: number;
  late: number;
  lateWithReason: number;
  lateByRecipient: { key: string; count: number }[];
}

export interface IgTrendRow {
  month: string;
  threads: number;
  decidedWithin72HoursPercent: number | null;
  late: number;
}

/** A thread's decision: its first that is not DEFERRED_PENDING_FACTS. */
const DECIDED = `SELECT thread_id, min(decided_at) AS decided_at FROM ig_decision
                  WHERE outcome <> 'DEFERRED_PENDING_FACTS' GROUP BY thread_id`;
const WITHIN_72 = `d.decided_at <= t.awareness_at + interval '72 hours'`;

/**
 * Exercise compliance of every organisation in scope at once, and the IG decision log as
 * counts. Exercise evidence is libs/exercises' (ComplianceStore.latestByType), taken for
 * every organisation in one statement: an exercise organised or taken part in; for
 * LIVE_PLAY a runbook activated on a real incident whose lessons have an action plan; for
 * COMMAND_POST the coordination centre of such an incident the organisation leads or is
 * affected by.
 */
@Injectable()
export class ExerciseIgMetricsStore {
  exerciseCells(scope: MetricsScope, types: string[], intervalMonths: number[]): Promise<ExerciseCellRow[]> {
    return sqlRows<ExerciseCellRow>(
      scope.manager,
      `WITH ${PARAMS_SQL},
       types AS (SELECT * FROM unnest($6::text[], $7::int[]) AS t(type, months)),
       lessons AS (
         SELECT i.id, i.lead_organisation_id, i.coordination_centre_opened_at FROM incident i
          WHERE EXISTS (SELECT 1 FROM incident_lesson l WHERE l.incident_id = i.id)
            AND EXISTS (SELECT 1 FROM assignment a WHERE a.incident_id = i.id AND a.source_kind = 'INCIDENT_LESSON')),
       evidence AS (
         SELECT e.organising_organisation_id AS organisation_id, e.type, e.held_at AS at FROM exercise e
         UNION ALL
         SELECT ep.organisation_id, e.type, e.held_at FROM exercise_participant ep JOIN exercise e ON e.id = ep.exercise_id
         UNION ALL
         SELECT ra.organisation_id, 'LIVE_PLAY', ra.activated_at FROM runbook_activation ra JOIN lessons i ON i.id = ra.incident_id
         UNION ALL
         SELECT i.lead_organisation_id, 'COMMAND_POST', i.coordination_centre_opened_at FROM lessons i
          WHERE i.coordination_centre_opened_at IS NOT NULL
         UNION ALL
         SELECT ao.organisation_id, 'COMMAND_POST', i.coordination_centre_opened_at
           FROM lessons i JOIN incident_affected_organisation ao ON ao.incident_id = i.id
          WHERE i.coordination_centre_opened_at IS NOT NULL),
       latest AS (
         SELECT ev.organisation_id, ev.type, max(ev.at) AS at FROM evidence ev
          WHERE ev.at < $3::timestamptz AND ($4::uuid IS NULL OR ev.organisation_id = $4::uuid)
          GROUP BY ev.organisation_id, ev.type)
       SELECT o.id AS "organisationId", o.name AS "organisationName", t.type, l.at AS "lastAt",
              l.at + make_interval(months => t.months) AS "nextDueAt",
              coalesce($3::timestamptz <= l.at + make_interval(months => t.months), false) AS "inDate",
              round(100.0 * avg((coalesce($3::timestamptz <= l.at + make_interval(months => t.months), false))::int) OVER (), 1)::float8
                AS "inDatePercent"
         FROM organisation o CROSS JOIN types t
         LEFT JOIN latest l ON l.organisation_id = o.id AND l.type = t.type
        WHERE ($4::uuid IS NULL OR o.id = $4::uuid)
        ORDER BY o.name, o.id, array_position($6::text[], t.type)`,
      [...scopeParams(scope), types, intervalMonths],
    );
  }

  async ig(scope: MetricsScope): Promise<IgFiguresRow> {
    const [row] = await sqlRows<IgFiguresRow>(
      scope.manager,
      `WITH ${PARAMS_SQL},
       threads AS (
         SELECT t.id, t.awareness_at, d.decided_at FROM ig_thread t LEFT JOIN (${DECIDED}) d ON d.thread_id = t.id
          WHERE t.awareness_at >= $1::timestamptz AND t.awareness_at < $2::timestamptz AND ($4::uuid IS NULL OR t.organisation_id = $4::uuid)),
       notices AS (
         SELECT n.recipient, n.late, n.delay_reason IS NOT NULL AS has_reason
           FROM ig_notification n JOIN ig_thread t ON t.id = n.thread_id
          WHERE n.notified_at >= $1::timestamptz AND n.notified_at < $2::timestamptz AND ($4::uuid IS NULL OR t.organisation_id = $4::uuid))
       SELECT (SELECT count(*) FROM threads)::int AS threads,
              (SELECT count(*) FROM threads WHERE decided_at <= awareness_at + interval '72 hours')::int AS "decidedWithin72Hours",
              (SELECT count(*) FROM threads WHERE decided_at IS NULL)::int AS undecided,
              (SELECT count(*) FROM notices)::int AS notifications,
              (SELECT count(*) FROM notices WHERE late)::int AS late,
              (SELECT count(*) FROM notices WHERE late AND has_reason)::int AS "lateWithReason",
              (SELECT coalesce(json_agg(json_build_object('key', recipient, 'count', n) ORDER BY recipient), '[]'::json)
                 FROM (SELECT recipient, count(*)::int AS n FROM notices WHERE late GROUP BY recipient) r) AS "lateByRecipient"
`,
      scopeParams(scope),
    );
    return row;
  }

  igTrend(scope: MetricsScope): Promise<IgTrendRow[]> {
    return sqlRows<IgTrendRow>(
      scope.manager,
      `WITH ${PARAMS_SQL}, ${TREND_MONTHS_SQL},
       threads AS (
         SELECT m.month, count(t.id)::int AS threads,
                ${percent(`count(*) FILTER (WHERE ${WITHIN_72})`, 'count(t.id)')} AS "decidedWithin72HoursPercent"
           FROM months m
           LEFT JOIN ig_thread t ON t.awareness_at >= m.start AND t.awareness_at < m."end"
                AND ($4::uuid IS NULL OR t.organisation_id = $4::uuid)
           LEFT JOIN (${DECIDED}) d ON d.thread_id = t.id
          GROUP BY m.month),
       late AS (
         SELECT m.month, count(n.id)::int AS late
           FROM months m
           LEFT JOIN (ig_notification n JOIN ig_thread t ON t.id = n.thread_id)
                  ON n.late AND n.notified_at >= m.start AND n.notified_at < m."end"
                 AND ($4::uuid IS NULL OR t.organisation_id = $4::uuid)
          GROUP BY m.month)
       SELECT th.month, th.threads, th."decidedWithin72HoursPercent", l.late
         FROM threads th JOIN late l ON l.month = th.month
        ORDER BY th.month`,
      scopeParams(scope),
    );
  }
}
