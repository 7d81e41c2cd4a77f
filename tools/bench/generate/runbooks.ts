import type { Client } from 'pg';
import { CATEGORIES, FUNCTIONS } from './vocabulary';

const STEP_ROLES = `ARRAY['IG_OFFICER','EPRR_LEAD','RESPONDER','INCIDENT_COMMANDER','RESPONDER']`;

/**
 * The ICS's runbooks, as the readiness bench means them: organisation 1 (the ICB) publishes
 * six ICS templates (one per category, at version 2); every organisation has
 * `perOrganisation` runbooks of `steps` steps, one category each, the first six adopted from
 * the templates in three organisations out of four (half of them behind), one in ten a
 * never-approved draft, review dates from two months overdue to a year ahead of `now`.
 */
export async function writeRunbooks(
  db: Client,
  organisations: number,
  perOrganisation: number,
  steps: number,
  now: Date,
): Promise<void> {
  // Inserted as drafts; approved below, once their version exists.
  await db.query(
    `INSERT INTO runbook (id, organisation_id, title, categories, status, is_template, latest_version_number, next_review_at)
     SELECT md5('tpl' || c)::uuid, md5('org1')::uuid, 'ICS ' || lower(cat) || ' response', ARRAY[cat], 'DRAFT', true, 2,
            $1::timestamptz + interval '6 months'
     FROM unnest(${CATEGORIES}) WITH ORDINALITY AS t (cat, c)`,
    [now],
  );
  await db.query(
    `INSERT INTO runbook (id, organisation_id, title, categories, status, template_runbook_id, adopted_template_version,
                          latest_version_number, next_review_at)
     SELECT md5('rb' || o || '-' || n)::uuid, md5('org' || o)::uuid, 'Runbook ' || n || ' of organisation ' || o,
            ARRAY[(${CATEGORIES})[1 + n % 6]], 'DRAFT',
            CASE WHEN n <= 6 AND o % 4 <> 0 THEN md5('tpl' || (1 + n % 6))::uuid END,
            CASE WHEN n <= 6 AND o % 4 <> 0 THEN 1 + (o + n) % 2 END,
            CASE WHEN n % 10 = 0 THEN 0 ELSE 1 END,
            CASE WHEN n % 10 <> 0 THEN $3::timestamptz + ((o * 7 + n * 13) % 400 - 60) * interval '1 day' END
     FROM generate_series(1, $1::int) o, generate_series(1, $2::int) n`,
    [organisations, perOrganisation, now],
  );
  await db.query(
    `INSERT INTO runbook_step (runbook_id, position, title, function, responsible_role, instructions, target_minutes)
     SELECT r.id, s, 'Step ' || s || ' of ' || r.title, (${FUNCTIONS})[1 + s % 7], (${STEP_ROLES})[1 + s % 5],
            repeat('Follow the instructions of this step carefully. ', 5), s * 15
     FROM runbook r, generate_series(1, $1::int) s`,
    [steps],
  );
  await db.query(
    `INSERT INTO runbook_version (id, runbook_id, organisation_id, version_number, title, categories, steps, step_count,
                                  required_roles, review_interval_months, approved_at, based_on_template_version)
     SELECT md5('v' || r.id)::uuid, r.id, r.organisation_id, r.latest_version_number, r.title, r.categories,
            jsonb_agg(jsonb_build_object('id', s.id, 'position', s.position, 'title', s.title, 'function', s.function,
              'responsibleRole', s.responsible_role, 'instructions', s.instructions, 'targetMinutes', s.target_minutes,
              'mandatory', s.mandatory, 'dependsOn', '[]'::jsonb, 'templateStepId', NULL) ORDER BY s.position),
            count(*), array_agg(DISTINCT s.responsible_role), 12, $1::timestamptz - interval '30 days', r.adopted_template_version
     FROM runbook r JOIN runbook_step s ON s.runbook_id = r.id
     WHERE r.latest_version_number >= 1
     GROUP BY r.id`,
    [now],
  );
  await db.query(
    `UPDATE runbook SET status = 'APPROVED', current_version_id = md5('v' || id)::uuid WHERE latest_version_number >= 1`,
  );
}
