import { EntityManager } from 'typeorm';
import { MetricsPeriod } from '../periods/metrics-period';

/**
 * What every metric statement is asked: the period's bounds, the instant standing figures
 * are taken at, the organisation (null for the whole system) and the trend's first month.
 * Every statement binds the same five parameters and reads them from a one-row `p`
 * (PARAMS_SQL): $1::timestamptz, $2::timestamptz, $3::timestamptz, $4::uuid, $5::text.
 */
export interface MetricsScope {
  manager: EntityManager;
  period: MetricsPeriod;
  asAt: Date;
  organisationId: string | null;
}

export function scopeParams(s: MetricsScope): unknown[] {
  return [s.period.start, s.period.end, s.asAt, s.organisationId, s.period.trendFirstMonth];
}

export const PARAMS_SQL = `typed_params AS (SELECT $1::timestamptz AS start, $2::timestamptz AS "end", $3::timestamptz AS at,
  $4::uuid AS org, $5::text AS first_month)`;

/**
 * The trend's months in SQL (after PARAMS_SQL): each London month's label, first instant and end (capped at as-at,
 * so the running month is measured at now). `timestamp AT TIME ZONE` reads a London wall
 * time as an instant, so the bounds move with the clock changes.
 */
export const TREND_MONTHS_SQL = `
  months AS (
    SELECT to_char(m, 'YYYY-MM') AS month, row_number() OVER (ORDER BY m) AS idx,
           m AT TIME ZONE 'Europe/London' AS start,
           least((m + interval '1 month') AT TIME ZONE 'Europe/London', $3::timestamptz) AS "end",
           m::date AS first_day,
           least((m + interval '1 month' - interval '1 day')::date, ($3::timestamptz AT TIME ZONE 'Europe/London')::date) AS last_day
      FROM generate_series(($5::text || '-01')::timestamp, ($5::text || '-01')::timestamp + interval '11 months',
                              interval '1 month') m)`;

/** Minutes between two timestamptz columns, in SQL. */
export const minutes = (from: string, to: string) => `(extract(epoch FROM (${to} - ${from})) / 60)::float8`;

/** A percentage to one decimal, null over 0. */
export const percent = (part: string, whole: string) => `round(100.0 * (${part}) / nullif(${whole}, 0), 1)::float8`;
