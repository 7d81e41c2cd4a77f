import type { Client } from 'pg';

/** The size of the readiness benchmark data set. */
export interface ReadinessBenchSize {
  organisations: number;
  runbooksPerOrganisation: number;
  stepsPerRunbook: number;
}

const CATEGORIES = `ARRAY['RANSOMWARE','DATA_BREACH','DDOS','ACCOUNT_COMPROMISE','SUPPLIER_COMPROMISE','IT_OUTAGE']`;
const FUNCTIONS = `ARRAY['INFORMATION_GOVERNANCE','EPRR','DIGITAL','CYBER_SOC','COMMUNICATIONS','CLINICAL','EXECUTIVE_ON_CALL']`;
const STEP_ROLES = `ARRAY['IG_OFFICER','EPRR_LEAD','RESPONDER','INCIDENT_COMMANDER','RESPONDER']`;
const MEMBER_ROLES = `ARRAY['IG_OFFICER','EPRR_LEAD','RESPONDER','INCIDENT_COMMANDER','ORG_ADMIN']`;

/**
 * A whole ICS in a few set-based statements: organisation 1 is the ICB and publishes six
 * ICS templates (one per category, at version 2); every organisation has 7 teams, 20
 * people (some deactivated, so some steps lose their holder) and its runbooks: one
 * category each, the first six adopted from the templates in three organisations out of
 * four (half of them behind), one in ten a never-approved draft, review dates from two
 * months overdue to a year ahead. Ids are derived (md5) so rows can refer to each other.
 */
export async function seedReadinessBench(db: Client, size: ReadinessBenchSize): Promise<void> {
  const { organisations: orgs, runbooksPerOrganisation: perOrg, stepsPerRunbook: steps } = size;
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO organisation (id, ods_code, name, kind)
     SELECT md5('org' || o)::uuid, 'B' || lpad(o::text, 5, '0'), 'Bench organisation ' || lpad(o::text, 3, '0'),
            CASE WHEN o = 1 THEN 'ICB' ELSE (ARRAY['ACUTE_TRUST','COMMUNITY_TRUST','MENTAL_HEALTH_TRUST','LOCAL_AUTHORITY'])[1 + o % 4] END
     FROM generate_series(1, $1::int) o`,
    [orgs],
  );
  await db.query(
    `INSERT INTO team (id, organisation_id, name, function)
     SELECT md5('team' || o || f)::uuid, md5('org' || o)::uuid, f || ' team', f
     FROM generate_series(1, $1::int) o, unnest(${FUNCTIONS}) f`,
    [orgs],
  );
  await db.query(
    `INSERT INTO app_user (id, email, display_name, active)
     SELECT md5('user' || o || '-' || k)::uuid, 'u' || o || '-' || k || '@bench.nhs.uk', 'Bench person ' || o || '-' || k, (o + k) % 11 <> 0
     FROM generate_series(1, $1::int) o, generate_series(1, 20) k`,
    [orgs],
  );
  await db.query(
    `INSERT INTO membership (user_id, organisation_id, team_id, role)
     SELECT md5('user' || o || '-' || k)::uuid, md5('org' || o)::uuid,
            CASE WHEN k % 4 = 0 THEN NULL ELSE md5('team' || o || (${FUNCTIONS})[1 + k % 7])::uuid END,
            (${MEMBER_ROLES})[1 + k % 5]
     FROM generate_series(1, $1::int) o, generate_series(1, 20) k`,
    [orgs],
  );
  // Inserted as drafts; approved below, once their version exists.
  await db.query(
    `INSERT INTO runbook (id, organisation_id, title, categories, status, is_template, latest_version_number, next_review_at)
     SELECT md5('tpl' || c)::uuid, md5('org1')::uuid, 'ICS ' || lower(cat) || ' response', ARRAY[cat], 'DRAFT', true, 2,
            now() + interval '6 months'
     FROM unnest(${CATEGORIES}) WITH ORDINALITY AS t (cat, c)`,
  );
  await db.query(
    `INSERT INTO runbook (id, organisation_id, title, categories, status, template_runbook_id, adopted_template_version,
                          latest_version_number, next_review_at)
     SELECT md5('rb' || o || '-' || n)::uuid, md5('org' || o)::uuid, 'Runbook ' || n || ' of organisation ' || o,
            ARRAY[(${CATEGORIES})[1 + n % 6]], 'DRAFT',
            CASE WHEN n <= 6 AND o % 4 <> 0 THEN md5('tpl' || (1 + n % 6))::uuid END,
            CASE WHEN n <= 6 AND o % 4 <> 0 THEN 1 + (o + n) % 2 END,
            CASE WHEN n % 10 = 0 THEN 0 ELSE 1 END,
            CASE WHEN n % 10 <> 0 THEN now() + ((o * 7 + n * 13) % 400 - 60) * interval '1 day' END
     FROM generate_series(1, $1::int) o, generate_series(1, $2::int) n`,
    [orgs, perOrg],
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
            count(*), array_agg(DISTINCT s.responsible_role), 12, now() - interval '30 days', r.adopted_template_version
     FROM runbook r JOIN runbook_step s ON s.runbook_id = r.id
     WHERE r.latest_version_number >= 1
     GROUP BY r.id`,
  );
  await db.query(
    `UPDATE runbook SET status = 'APPROVED', current_version_id = md5('v' || id)::uuid WHERE latest_version_number >= 1`,
  );
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE');
}
