import { Injectable } from '@nestjs/common';
import { sqlRows } from '@muster/platform-database';
import { londonDay } from '../periods/metrics-period';
import { MetricsScope, PARAMS_SQL, scopeParams, TREND_MONTHS_SQL } from './metrics-scope';

export interface AssessmentRow {
  organisationId: string;
  organisationName: string;
  kind: 'EPRR_CORE_STANDARDS' | 'CAF_DSPT';
  period: string;
  applicable: number;
  fullyCompliant: number;
  achieved: number;
  partiallyAchieved: number;
  notAchieved: number;
  unrated: number;
}

export interface PostureRow {
  organisationId: string;
  organisationName: string;
  day: string;
  criticalOpen: number;
  criticalPastTarget: number;
  patchCompliancePercent: number;
  /** Over every row of the answer (window aggregates): the system's or organisation's totals. */
  totalCriticalPastTarget: number;
  meanPatchCompliancePercent: number;
}

export interface PostureTrendRow {
  month: string;
  criticalPastTarget: number | null;
  patchCompliancePercent: number | null;
}

/**
 * Assurance and SOC posture. Assessments: each organisation's latest CONFIRMED or
 * PUBLISHED assessment of each framework kind confirmed by the as-at instant, its ratings
 * counted (as libs/assurance's overview counts them). Posture: each organisation's latest
 * daily report of the period.
 */
@Injectable()
export class AssuranceMetricsStore {
  assessments(scope: MetricsScope): Promise<AssessmentRow[]> {
    return sqlRows<AssessmentRow>(
      scope.manager,
      `WITH ${PARAMS_SQL},
       latest AS (
         SELECT DISTINCT ON (a.organisation_id, f.kind) a.id, a.organisation_id, f.kind, a.period
           FROM assurance_assessment a JOIN assurance_framework f ON f.id = a.framework_id
          WHERE f.kind IN ('EPRR_CORE_STANDARDS', 'CAF_DSPT') AND a.status IN ('CONFIRMED', 'PUBLISHED')
            AND a.confirmed_at < $3::timestamptz AND ($4::uuid IS NULL OR a.organisation_id = $4::uuid)
          ORDER BY a.organisation_id, f.kind, a.period DESC, a.confirmed_at DESC)
       SELECT l.organisation_id AS "organisationId", o.name AS "organisationName", l.kind, l.period,
              count(g.id)::int AS applicable,
              count(*) FILTER (WHERE g.rating = 'FULLY_COMPLIANT')::int AS "fullyCompliant",
              count(*) FILTER (WHERE g.rating = 'ACHIEVED')::int AS achieved,
              count(*) FILTER (WHERE g.rating = 'PARTIALLY_ACHIEVED')::int AS "partiallyAchieved",
              count(*) FILTER (WHERE g.rating = 'NOT_ACHIEVED')::int AS "notAchieved",
              count(g.id) FILTER (WHERE g.rating IS NULL)::int AS unrated
         FROM latest l
         JOIN organisation o ON o.id = l.organisation_id
         LEFT JOIN assurance_rating g ON g.assessment_id = l.id
        GROUP BY l.organisation_id, o.name, l.kind, l.period
        ORDER BY o.name, l.organisation_id, l.kind`,
      scopeParams(scope),
    );
  }

  /** $6 and $7: the period's first day and its last day up to the as-at day (London days). */
  posture(scope: MetricsScope): Promise<PostureRow[]> {
    return sqlRows<PostureRow>(
      scope.manager,
      `WITH ${PARAMS_SQL},
       latest AS (
         SELECT DISTINCT ON (r.organisation_id) r.organisation_id, r.day, r.critical_open, r.critical_past_target,
                r.patch_compliance_percent
           FROM posture_report r
          WHERE r.day BETWEEN $6::date AND $7::date AND ($4::uuid IS NULL OR r.organisation_id = $4::uuid)
          ORDER BY r.organisation_id, r.day DESC)
       SELECT l.organisation_id AS "organisationId", o.name AS "organisationName", to_char(l.day, 'YYYY-MM-DD') AS day,
              l.critical_open AS "criticalOpen", l.critical_past_target AS "criticalPastTarget",
              l.patch_compliance_percent::float8 AS "patchCompliancePercent",
              (sum(l.critical_past_target) OVER ())::int AS "totalCriticalPastTarget",
              round(avg(l.patch_compliance_percent) OVER (), 1)::float8 AS "meanPatchCompliancePercent"
         FROM latest l JOIN organisation o ON o.id = l.organisation_id
        ORDER BY o.name, l.organisation_id`,
      [...scopeParams(scope), scope.period.firstDay, lastDayOf(scope)],
    );
  }

  trend(scope: MetricsScope): Promise<PostureTrendRow[]> {
    return sqlRows<PostureTrendRow>(
      scope.manager,
      `WITH ${PARAMS_SQL}, ${TREND_MONTHS_SQL},
       latest AS (
         SELECT DISTINCT ON (m.month, r.organisation_id) m.month, r.critical_past_target, r.patch_compliance_percent
           FROM months m
           JOIN posture_report r ON r.day BETWEEN m.first_day AND m.last_day AND ($4::uuid IS NULL OR r.organisation_id = $4::uuid)
          ORDER BY m.month, r.organisation_id, r.day DESC)
       SELECT m.month, sum(l.critical_past_target)::int AS "criticalPastTarget",
              round(avg(l.patch_compliance_percent), 1)::float8 AS "patchCompliancePercent"
         FROM months m LEFT JOIN latest l ON l.month = m.month
        GROUP BY m.month ORDER BY m.month`,
      scopeParams(scope),
    );
  }
}

function lastDayOf(scope: MetricsScope): string {
  const asAtDay = londonDay(new Date(scope.asAt.getTime() - 1));
  return asAtDay < scope.period.lastDay ? asAtDay : scope.period.lastDay;
}
