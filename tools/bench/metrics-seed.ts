import type { Client } from 'pg';

/** The size of the metrics benchmark data set (on top of the readiness bench's organisations and runbooks). */
export interface MetricsBenchSize {
  organisations: number;
  incidents: number;
  assignments: number;
}

const CATEGORIES = `ARRAY['RANSOMWARE','DATA_BREACH','DDOS','ACCOUNT_COMPROMISE','SUPPLIER_COMPROMISE','IT_OUTAGE']`;
const TYPES = `ARRAY['BUSINESS_CONTINUITY','CRITICAL','MAJOR']`;
const FUNCTIONS = `ARRAY['INFORMATION_GOVERNANCE','EPRR','DIGITAL','CYBER_SOC','COMMUNICATIONS','CLINICAL','EXECUTIVE_ON_CALL']`;
const EXERCISE_TYPES = `ARRAY['COMMUNICATIONS','TABLE_TOP','LIVE_PLAY','COMMAND_POST']`;

/**
 * A year of activity across the organisations seeded by seedReadinessBench (md5('org' || o)),
 * ending at `now`, in set-based statements: incidents spread over the 365 days before now
 * (four in five declared, three in five contained, two in five stood down, each affecting
 * the next organisation), assignments likewise (a third done, some late, some acknowledged,
 * one in ten an exercise action), an IG thread with a decision and a notification for one
 * incident in five, two exercises per organisation, and a daily SOC posture report per
 * organisation for the last 90 days.
 */
export async function seedMetricsBench(db: Client, size: MetricsBenchSize, now: Date): Promise<void> {
  const { organisations: orgs, incidents, assignments } = size;
  await db.query('BEGIN');
  await db.query(`SET LOCAL synchronous_commit = off`);
  await db.query(
    `INSERT INTO incident (id, reference, title, category, type, level, scope, status, lead_organisation_id, reported_at,
       declared_at, contained_at, stood_down_at, created_at, updated_at)
     SELECT md5('inc' || n)::uuid, 'INC-' || (2000 + n / 9000) || '-' || lpad((1 + n % 9000)::text, 4, '0'), 'Bench incident ' || n,
            (${CATEGORIES})[1 + n % 6], (${TYPES})[1 + n % 3], 1 + n % 4, 'ORGANISATION',
            CASE WHEN n % 5 = 0 THEN 'REPORTED' WHEN n % 5 = 1 THEN 'DECLARED' WHEN n % 5 = 2 THEN 'CONTAINED' ELSE 'STOOD_DOWN' END,
            md5('org' || (1 + n % $2::int))::uuid, r, 
            CASE WHEN n % 5 <> 0 THEN r + (n % 90) * interval '1 minute' END,
            CASE WHEN n % 5 >= 2 THEN r + (n % 90 + 60 + n % 600) * interval '1 minute' END,
            CASE WHEN n % 5 >= 3 THEN r + (n % 90 + 1440 + n % 3000) * interval '1 minute' END, r, r
       FROM generate_series(1, $1::int) n, LATERAL (SELECT $3::timestamptz - (n % 365) * interval '1 day' - (n % 1440) * interval '1 minute' AS r) t`,
    [incidents, orgs, now],
  );
  await db.query(
    `INSERT INTO incident_affected_organisation (incident_id, organisation_id, added_at)
     SELECT md5('inc' || n)::uuid, md5('org' || (1 + (n + 1) % $2::int))::uuid, $3::timestamptz
       FROM generate_series(1, $1::int) n`,
    [incidents, orgs, now],
  );
  await db.query(
    `INSERT INTO exercise (id, type, theme, title, held_at, organising_organisation_id, created_at, updated_at)
     SELECT md5('ex' || o || '-' || k)::uuid, (${EXERCISE_TYPES})[1 + (o + k) % 4], 'CYBER_AND_DIGITAL', 'Bench exercise',
            $2::timestamptz - ((o * 7 + k * 100) % 700) * interval '1 day', md5('org' || o)::uuid, $2::timestamptz, $2::timestamptz
       FROM generate_series(1, $1::int) o, generate_series(1, 2) k`,
    [orgs, now],
  );
  await db.query(
    `INSERT INTO assignment (title, function, organisation_id, assigning_organisation_id, source_kind, source_id, exercise_id,
       status, created_at, updated_at, due_at, acknowledged_at, closed_at)
     SELECT 'Bench assignment', (${FUNCTIONS})[1 + n % 7], md5('org' || o)::uuid, md5('org1')::uuid,
            CASE WHEN n % 10 = 0 THEN 'EXERCISE_FINDING' ELSE 'MANUAL' END,
            CASE WHEN n % 10 = 0 THEN md5('f' || n)::uuid END,
            CASE WHEN n % 10 = 0 THEN md5('ex' || o || '-1')::uuid END,
            CASE WHEN n % 3 = 0 THEN 'DONE' WHEN n % 3 = 1 THEN 'ACKNOWLEDGED' ELSE 'OPEN' END,
            c, c, CASE WHEN n % 4 <> 0 THEN c + (1 + n % 20) * interval '1 day' END,
            CASE WHEN n % 3 <> 2 THEN c + (n % 300) * interval '1 minute' END,
            CASE WHEN n % 3 = 0 THEN c + (n % 25) * interval '1 day' END
       FROM generate_series(1, $1::int) n,
            LATERAL (SELECT 1 + n % $2::int AS o,
                            $3::timestamptz - (n % 365) * interval '1 day' - (n % 1440) * interval '1 minute' AS c) t
      WHERE n % 3 <> 0 OR c + (n % 25) * interval '1 day' < $3::timestamptz`,
    [assignments, orgs, now],
  );
  await db.query(
    `WITH t AS (
       INSERT INTO ig_thread (incident_id, organisation_id, detected_at, awareness_at, deadline_at, senior_management_due_at, opened_at)
       SELECT i.id, i.lead_organisation_id, i.reported_at, i.reported_at, i.reported_at + interval '72 hours',
              i.reported_at + interval '12 hours', i.reported_at
         FROM incident i WHERE i.declared_at IS NOT NULL AND hashtext(i.id::text) % 4 = 0
       RETURNING id, awareness_at),
     d AS (
       INSERT INTO ig_decision (thread_id, type, outcome, data_categories, special_category, children_or_vulnerable,
         approx_data_subjects, approx_records, likelihood, severity, suggested_reportable, rationale, legal_basis, consulted,
         decided_by, decided_at, recorded_at)
       SELECT id, 'ICO_ART33', 'NOT_REPORTABLE', '{}', false, false, 1, 1, 1, 1, false, 'Bench', 'Bench', '{}',
              md5('user1-1')::uuid, awareness_at + (hashtext(id::text) % 120 + 120) * interval '1 hour',
              awareness_at + (hashtext(id::text) % 120 + 120) * interval '1 hour' FROM t)
     INSERT INTO ig_notification (thread_id, recipient, phase, notified_at, late, delay_reason, recorded_at)
     SELECT id, 'SENIOR_MANAGEMENT', 1, awareness_at + interval '20 hours', true, 'Bench delay', awareness_at + interval '20 hours' FROM t`,
  );
  await db.query(
    `INSERT INTO posture_report (organisation_id, day, assets_in_scope, critical_open, high_open, medium_open, low_open,
       critical_past_target, high_past_target, patch_compliance_percent, reported_by_key_id, reported_at)
     SELECT md5('org' || o)::uuid, ($2::timestamptz)::date - d, 100, (o + d) % 5, 0, 0, 0, least((o + d) % 3, (o + d) % 5), 0, 80 + (o + d) % 20,
            md5('key')::uuid, $2::timestamptz
       FROM generate_series(1, $1::int) o, generate_series(0, 89) d`,
    [orgs, now],
  );
  await db.query('COMMIT');
  await db.query('ANALYZE');
}
