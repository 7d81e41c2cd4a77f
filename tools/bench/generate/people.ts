import type { Client } from 'pg';
import { FUNCTIONS } from './vocabulary';

/**
 * Person k of an organisation: 1 its incident commander (always active: the benches sign in
 * as them), 2 a responder, 3 its EPRR lead, 4 its IG officer, 5 a responder, then admins,
 * responders and more leads; one in eleven of the others deactivated (so some runbook
 * steps lose their holder).
 */
const MEMBER_ROLES = `ARRAY['INCIDENT_COMMANDER','RESPONDER','EPRR_LEAD','IG_OFFICER','RESPONDER','ORG_ADMIN','RESPONDER','IG_OFFICER','EPRR_LEAD','INCIDENT_COMMANDER']`;

/**
 * Organisations (the first is the ICB), a team per function in each, and their people with
 * their memberships. Ids are derived (md5) so rows refer to each other and benches find them:
 * md5('org' || o), md5('team' || o || function), md5('user' || o || '-' || k), whose email is
 * u{o}-{k}@bench.nhs.uk.
 */
export async function writePeople(db: Client, organisations: number, usersPerOrganisation: number): Promise<void> {
  await db.query(
    `INSERT INTO organisation (id, ods_code, name, kind)
     SELECT md5('org' || o)::uuid, 'B' || lpad(o::text, 5, '0'), 'Bench organisation ' || lpad(o::text, 3, '0'),
            CASE WHEN o = 1 THEN 'ICB' ELSE (ARRAY['ACUTE_TRUST','COMMUNITY_TRUST','MENTAL_HEALTH_TRUST','LOCAL_AUTHORITY'])[1 + o % 4] END
     FROM generate_series(1, $1::int) o`,
    [organisations],
  );
  await db.query(
    `INSERT INTO team (id, organisation_id, name, function)
     SELECT md5('team' || o || f)::uuid, md5('org' || o)::uuid, f || ' team', f
     FROM generate_series(1, $1::int) o, unnest(${FUNCTIONS}) f`,
    [organisations],
  );
  await db.query(
    `INSERT INTO app_user (id, email, display_name, active)
     SELECT md5('user' || o || '-' || k)::uuid, 'u' || o || '-' || k || '@bench.nhs.uk', 'Bench person ' || o || '-' || k,
            k = 1 OR (o + k) % 11 <> 0
     FROM generate_series(1, $1::int) o, generate_series(1, $2::int) k`,
    [organisations, usersPerOrganisation],
  );
  await db.query(
    `INSERT INTO membership (user_id, organisation_id, team_id, role)
     SELECT md5('user' || o || '-' || k)::uuid, md5('org' || o)::uuid,
            CASE WHEN k % 4 = 0 THEN NULL ELSE md5('team' || o || (${FUNCTIONS})[1 + k % 7])::uuid END,
            (${MEMBER_ROLES})[1 + (k - 1) % 10]
     FROM generate_series(1, $1::int) o, generate_series(1, $2::int) k`,
    [organisations, usersPerOrganisation],
  );
}
