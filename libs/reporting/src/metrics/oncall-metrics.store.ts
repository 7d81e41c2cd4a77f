import { Injectable } from '@nestjs/common';
import { sqlRows } from '@muster/platform-database';
import { MetricsScope, PARAMS_SQL, scopeParams } from './metrics-scope';

/** Pages of an organisation and duty (or, both null, of the whole scope). */
export interface OnCallRow {
  organisationId: string | null;
  organisationName: string | null;
  duty: string | null;
  pages: number;
  acknowledged: number;
  exhausted: number;
  escalations: number;
  medianSecondsToAcknowledge: number | null;
  p90SecondsToAcknowledge: number | null;
}

/**
 * On-call pages raised in the period (libs/oncall's `oncall_page`, read by SQL): counts,
 * time to acknowledge (MTTA) and escalations, per organisation × duty and for the whole
 * scope, in one statement (GROUPING SETS: a median is not a sum of medians).
 */
@Injectable()
export class OnCallMetricsStore {
  pages(scope: MetricsScope): Promise<OnCallRow[]> {
    return sqlRows<OnCallRow>(
      scope.manager,
      `WITH ${PARAMS_SQL}
       SELECT p.organisation_id AS "organisationId", o.name AS "organisationName", p.duty,
              count(*)::int AS pages,
              count(*) FILTER (WHERE p.status = 'ACKNOWLEDGED')::int AS acknowledged,
              count(*) FILTER (WHERE p.status = 'EXHAUSTED')::int AS exhausted,
              coalesce(sum(p.step), 0)::int AS escalations,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY p.seconds_to_acknowledge) AS "medianSecondsToAcknowledge",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY p.seconds_to_acknowledge) AS "p90SecondsToAcknowledge"
         FROM oncall_page p JOIN organisation o ON o.id = p.organisation_id
        WHERE p.raised_at >= $1::timestamptz AND p.raised_at < least($2::timestamptz, $3::timestamptz)
          AND ($4::uuid IS NULL OR p.organisation_id = $4::uuid)
        GROUP BY GROUPING SETS ((p.organisation_id, o.name, p.duty), ())
        ORDER BY (p.organisation_id IS NULL) DESC, o.name, p.organisation_id, p.duty`,
      scopeParams(scope),
    );
  }
}
