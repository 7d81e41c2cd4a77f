import type { Client } from 'pg';
import { EXERCISE_TYPES, FUNCTIONS } from './vocabulary';

/**
 * A year of work around the incidents, ending at `now`, in set-based statements: two
 * exercises per organisation; `assignments` spread over the organisations and the 365 days
 * (a third done, the rest acknowledged or open, some late, one in ten an exercise action,
 * one in five raised for an incident of its organisation, seeded jitter on the due dates; ids
 * md5('asg' || n)); one in ten waits for another, each done one has its evidence.
 */
export async function writeAssignments(
  db: Client,
  organisations: number,
  assignments: number,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO exercise (id, type, theme, title, held_at, organising_organisation_id, created_at, updated_at)
     SELECT md5('ex' || o || '-' || k)::uuid, (${EXERCISE_TYPES})[1 + (o + k) % 4], 'CYBER_AND_DIGITAL', 'Bench exercise',
            $2::timestamptz - ((o * 7 + k * 100) % 700) * interval '1 day', md5('org' || o)::uuid, $2::timestamptz, $2::timestamptz
       FROM generate_series(1, $1::int) o, generate_series(1, 2) k`,
    [organisations, now],
  );
  await db.query(
    `INSERT INTO assignment (id, title, function, organisation_id, team_id, assigning_organisation_id, source_kind, source_id,
       incident_id, exercise_id, priority, status, created_at, updated_at, due_at, acknowledged_at, closed_at)
     SELECT md5('asg' || n)::uuid, 'Bench assignment ' || n, (${FUNCTIONS})[1 + n % 7], md5('org' || o)::uuid,
            md5('team' || o || (${FUNCTIONS})[1 + n % 7])::uuid, md5('org1')::uuid,
            CASE WHEN n % 10 = 0 THEN 'EXERCISE_FINDING' ELSE 'MANUAL' END,
            CASE WHEN n % 10 = 0 THEN md5('f' || n)::uuid END,
            CASE WHEN n % 5 = 1 THEN fi.id END,
            CASE WHEN n % 10 = 0 THEN md5('ex' || o || '-1')::uuid END,
            (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + n % 4],
            CASE WHEN done THEN 'DONE' WHEN n % 3 = 1 THEN 'ACKNOWLEDGED' ELSE 'OPEN' END,
            c, c, CASE WHEN n % 4 <> 0 THEN c + (1 + n % 20) * interval '1 day' + (random() * 600)::int * interval '1 minute' END,
            CASE WHEN n % 3 <> 2 THEN c + (n % 300) * interval '1 minute' END,
            CASE WHEN done THEN c + (n % 25) * interval '1 day' END
       FROM generate_series(1, $1::int) n
            CROSS JOIN LATERAL (SELECT 1 + n % $2::int AS o,
                            $3::timestamptz - (n % 365) * interval '1 day' - (n % 1440) * interval '1 minute' AS c) t
            CROSS JOIN LATERAL (SELECT n % 3 = 0 AND c + (n % 25) * interval '1 day' < $3::timestamptz AS done) d
            LEFT JOIN (SELECT DISTINCT ON (lead_organisation_id) lead_organisation_id, id FROM incident
                        ORDER BY lead_organisation_id, reported_at) fi ON fi.lead_organisation_id = md5('org' || t.o)::uuid`,
    [assignments, organisations, now],
  );
  // One in ten waits for the one raised before it in its organisation; the done ones carry their evidence.
  await db.query(
    `INSERT INTO assignment_dependency (assignment_id, depends_on_id)
     SELECT md5('asg' || n)::uuid, md5('asg' || (n - $2::int))::uuid FROM generate_series($2::int + 1, $1::int) n WHERE n % 10 = 5`,
    [assignments, organisations],
  );
  await db.query(
    `INSERT INTO assignment_evidence (id, assignment_id, text, links, added_by, added_at)
     SELECT md5('ev' || a.id)::uuid, a.id, 'Done: ' || a.title || ', checked by the team lead',
            ARRAY['https://intranet.bench.nhs.uk/tickets/' || substr(a.id::text, 1, 8)], NULL, a.closed_at
       FROM assignment a WHERE a.status = 'DONE'`,
  );
}

/**
 * Information governance and notifications: an IG thread (with an ICO decision and a late
 * senior-management notification) for one declared incident in `igEvery`; a notification of
 * one incident in `notificationEvery`, in the inboxes of the lead's commander and EPRR lead
 * (read when the incident is over); and `postureDays` days of SOC posture per organisation.
 */
export async function writeGovernance(
  db: Client,
  o: { organisations: number; igEvery: number; notificationEvery: number; postureDays: number },
  now: Date,
): Promise<void> {
  if (o.igEvery > 0)
    await db.query(
      `WITH t AS (
         INSERT INTO ig_thread (incident_id, organisation_id, detected_at, awareness_at, deadline_at, senior_management_due_at, opened_at)
         SELECT i.id, i.lead_organisation_id, i.reported_at, i.reported_at, i.reported_at + interval '72 hours',
                i.reported_at + interval '12 hours', i.reported_at
           FROM incident i WHERE i.declared_at IS NOT NULL AND substr(i.reference, 10)::int % $1::int = 0
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
      [o.igEvery],
    );
  if (o.notificationEvery > 0) {
    await db.query(
      `INSERT INTO notification (id, kind, organisation_id, entity_type, entity_id, params, title, body, urgent, recipients,
                                 dedupe_key, raised_by, raised_by_type, created_at)
       SELECT md5('note' || i.id)::uuid, 'INCIDENT_DECLARED', i.lead_organisation_id, 'incident', i.id,
              jsonb_build_object('reference', i.reference, 'level', i.level), i.reference || ' declared',
              'Incident ' || i.reference || ' was declared at level ' || i.level || '.', i.level > 1,
              jsonb_build_object('roles', jsonb_build_array('INCIDENT_COMMANDER', 'EPRR_LEAD')),
              'incident-declared:' || i.id, i.declared_by, 'USER', i.declared_at
         FROM incident i WHERE i.declared_at IS NOT NULL AND substr(i.reference, 10)::int % $1::int = 0`,
      [o.notificationEvery],
    );
    await db.query(
      `INSERT INTO notification_inbox (notification_id, user_id, created_at, read_at)
       SELECT n.id, u.id, n.created_at, i.stood_down_at
         FROM notification n JOIN incident i ON i.id = n.entity_id
         JOIN organisation o ON o.id = i.lead_organisation_id,
         LATERAL (VALUES (md5('user' || substr(o.ods_code, 2)::int || '-1')::uuid),
                         (md5('user' || substr(o.ods_code, 2)::int || '-3')::uuid)) AS u (id)`,
    );
  }
  if (o.postureDays > 0)
    await db.query(
      `INSERT INTO posture_report (organisation_id, day, assets_in_scope, critical_open, high_open, medium_open, low_open,
         critical_past_target, high_past_target, patch_compliance_percent, reported_by_key_id, reported_at)
       SELECT md5('org' || o)::uuid, ($2::timestamptz)::date - d, 100, (o + d) % 5, 0, 0, 0, least((o + d) % 3, (o + d) % 5), 0,
              80 + (o + d) % 20, md5('key')::uuid, $2::timestamptz
         FROM generate_series(1, $1::int) o, generate_series(0, $3::int - 1) d`,
      [o.organisations, now, o.postureDays],
    );
}
