import { DataSource } from 'typeorm';

/**
 * `count` organisations with a little of everything in October of `year`, in set-based SQL:
 * per organisation two incidents (one declared), three assignments (one done, one
 * overdue, one exercise action), an exercise, an IG thread with a decision and a late
 * notification, and two posture reports. For statement counts, not for answers.
 */
export async function bulkActivity(ds: DataSource, count: number, decidedBy: string, year: number): Promise<string[]> {
  // Every date in the statements below is written in 2026 and moved to `year`.
  const db = { query: <T>(sql: string, params: unknown[]) => ds.query<T>(sql.replace(/2026-/g, `${year}-`), params) };
  const rows = await db.query<{ id: string }[]>(
    `INSERT INTO organisation (ods_code, name, kind)
     SELECT 'R' || upper(substr(md5(random()::text), 1, 8)), 'Bulk reporting organisation ' || n, 'ACUTE_TRUST'
       FROM generate_series(1, $1::int) n
     RETURNING id`,
    [count],
  );
  const ids = rows.map((r) => r.id);
  await db.query(
    `INSERT INTO incident (reference, title, category, type, level, scope, status, lead_organisation_id, reported_at,
       declared_at, created_at, updated_at)
     SELECT 'INC-2097-' || lpad((row_number() OVER ())::text, 4, '0') || '', 'Bulk incident', 'RANSOMWARE', 'MAJOR', 2,
            'ORGANISATION', CASE WHEN k = 1 THEN 'DECLARED' ELSE 'REPORTED' END, o,
            timestamptz '2026-10-05T10:00Z' + k * interval '1 day',
            CASE WHEN k = 1 THEN timestamptz '2026-10-05T11:00Z' + k * interval '1 day' END, now(), now()
       FROM unnest($1::uuid[]) o, generate_series(1, 2) k
     ON CONFLICT DO NOTHING`,
    [ids],
  );
  const [exercise] = await db.query<{ id: string }[]>(
    `INSERT INTO exercise (id, type, theme, title, held_at, organising_organisation_id, created_at, updated_at)
     SELECT gen_random_uuid(), 'TABLE_TOP', 'CYBER_AND_DIGITAL', 'Bulk exercise', '2026-06-01T10:00Z', o, now(), now()
       FROM unnest($1::uuid[]) o RETURNING id`,
    [ids],
  );
  await db.query(
    `INSERT INTO assignment (title, function, organisation_id, assigning_organisation_id, source_kind, source_id, exercise_id,
       status, created_at, updated_at, due_at, acknowledged_at, closed_at)
     SELECT 'Bulk assignment', CASE WHEN k = 2 THEN 'DIGITAL' ELSE 'EPRR' END, o, o,
            CASE WHEN k = 3 THEN 'EXERCISE_FINDING' ELSE 'MANUAL' END,
            CASE WHEN k = 3 THEN gen_random_uuid() END, CASE WHEN k = 3 THEN $2::uuid END,
            CASE WHEN k = 1 THEN 'DONE' ELSE 'OPEN' END,
            timestamptz '2026-10-02T09:00Z', now(), timestamptz '2026-10-10T09:00Z',
            CASE WHEN k = 1 THEN timestamptz '2026-10-02T10:00Z' END, CASE WHEN k = 1 THEN timestamptz '2026-10-08T09:00Z' END
       FROM unnest($1::uuid[]) o, generate_series(1, 3) k`,
    [ids, exercise.id],
  );
  await db.query(
    `WITH t AS (
       INSERT INTO ig_thread (incident_id, organisation_id, detected_at, awareness_at, deadline_at, senior_management_due_at, opened_at)
       SELECT i.id, i.lead_organisation_id, i.reported_at, i.reported_at, i.reported_at + interval '72 hours',
              i.reported_at + interval '24 hours', i.reported_at
         FROM incident i WHERE i.lead_organisation_id = ANY($1::uuid[]) AND i.status = 'DECLARED'
       RETURNING id, awareness_at),
     d AS (
       INSERT INTO ig_decision (thread_id, type, outcome, data_categories, special_category, children_or_vulnerable,
         approx_data_subjects, approx_records, likelihood, severity, suggested_reportable, rationale, legal_basis, consulted,
         decided_by, decided_at, recorded_at)
       SELECT id, 'ICO_ART33', 'NOT_REPORTABLE', '{}', false, false, 1, 1, 1, 1, false, 'Bulk', 'Bulk', '{}', $2::uuid,
              awareness_at + interval '1 hour', awareness_at + interval '1 hour' FROM t)
     INSERT INTO ig_notification (thread_id, recipient, phase, notified_at, late, delay_reason, recorded_at)
     SELECT id, 'SENIOR_MANAGEMENT', 1, awareness_at + interval '30 hours', true, 'Bulk delay', awareness_at + interval '30 hours' FROM t`,
    [ids, decidedBy],
  );
  await db.query(
    `INSERT INTO posture_report (organisation_id, day, assets_in_scope, critical_open, high_open, medium_open, low_open,
       critical_past_target, high_past_target, patch_compliance_percent, reported_by_key_id, reported_at)
     SELECT o, d, 10, 1, 0, 0, 0, 1, 0, 95, gen_random_uuid(), now()
       FROM unnest($1::uuid[]) o, unnest(ARRAY[date '2026-10-10', date '2026-10-20']) d`,
    [ids],
  );
  return ids;
}
