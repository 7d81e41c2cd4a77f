import { Injectable } from '@nestjs/common';
import { sqlRows } from '@muster/platform-database';
import { minutes, MetricsScope, PARAMS_SQL, scopeParams, TREND_MONTHS_SQL } from './metrics-scope';

export interface IncidentCountRow {
  dimension: 'ALL' | 'CATEGORY' | 'TYPE' | 'LEVEL' | 'LEAD_ORGANISATION';
  key: string | null;
  name: string | null;
  count: number;
  declared: number;
  declaredMedian: number | null;
  declaredP90: number | null;
  contained: number;
  containedMedian: number | null;
  containedP90: number | null;
  stoodDown: number;
  stoodDownMedian: number | null;
  stoodDownP90: number | null;
}

export interface IncidentTrendRow {
  month: string;
  incidents: number;
  medianToDeclared: number | null;
}

const TO_DECLARED = minutes('i.reported_at', 'i.declared_at');
const TO_CONTAINED = minutes('i.declared_at', 'i.contained_at');
const TO_STOOD_DOWN = minutes('i.declared_at', 'i.stood_down_at');

/** An organisation's incidents: those it leads or is affected by ($4 null: all). */
const OF_ORGANISATION = `($4::uuid IS NULL OR i.lead_organisation_id = $4::uuid OR EXISTS (
  SELECT 1 FROM incident_affected_organisation ao WHERE ao.incident_id = i.id AND ao.organisation_id = $4::uuid))`;

function stats(expr: string, alias: string): string {
  return `count(${expr})::int AS "${alias}",
          percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expr}) AS "${alias}Median",
          percentile_cont(0.9) WITHIN GROUP (ORDER BY ${expr}) AS "${alias}P90"`;
}

/** Incidents of a period: one statement for the counts and durations, one for the trend. */
@Injectable()
export class IncidentMetricsStore {
  counts(scope: MetricsScope): Promise<IncidentCountRow[]> {
    return sqlRows<IncidentCountRow>(
      scope.manager,
      `WITH ${PARAMS_SQL},
       scoped AS MATERIALIZED (
         SELECT i.category, i.type, i.level, i.lead_organisation_id, i.reported_at, i.declared_at, i.contained_at, i.stood_down_at
           FROM incident i
          WHERE i.reported_at >= $1::timestamptz AND i.reported_at < $2::timestamptz AND ${OF_ORGANISATION}),
       counts AS (
         -- Counts hash-aggregate per dimension; the durations are the whole set's, sorted once.
         SELECT CASE WHEN GROUPING(i.category) = 0 THEN 'CATEGORY' WHEN GROUPING(i.type) = 0 THEN 'TYPE'
                     WHEN GROUPING(i.level) = 0 THEN 'LEVEL' ELSE 'LEAD_ORGANISATION' END AS dimension,
                coalesce(i.category, i.type, i.level::text, i.lead_organisation_id::text) AS key,
                i.lead_organisation_id, count(*)::int AS count
           FROM scoped i
          GROUP BY GROUPING SETS ((i.category), (i.type), (i.level), (i.lead_organisation_id)))
       SELECT 'ALL' AS dimension, NULL AS key, NULL AS name, count(*)::int AS count,
              ${stats(TO_DECLARED, 'declared')},
              ${stats(TO_CONTAINED, 'contained')},
              ${stats(TO_STOOD_DOWN, 'stoodDown')}
         FROM scoped i
       UNION ALL
       SELECT c.dimension, c.key, o.name, c.count, 0, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL
         FROM counts c LEFT JOIN organisation o ON o.id = c.lead_organisation_id
        ORDER BY 1, 2`,
      scopeParams(scope),
    );
  }

  trend(scope: MetricsScope): Promise<IncidentTrendRow[]> {
    return sqlRows<IncidentTrendRow>(
      scope.manager,
      `WITH ${PARAMS_SQL}, ${TREND_MONTHS_SQL}
       SELECT m.month, count(i.id)::int AS incidents,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${TO_DECLARED}) AS "medianToDeclared"
         FROM months m
         LEFT JOIN incident i ON i.reported_at >= m.start AND i.reported_at < m."end" AND ${OF_ORGANISATION}
        GROUP BY m.month ORDER BY m.month`,
      scopeParams(scope),
    );
  }
}
