import type { Client } from 'pg';
import { CATEGORIES, INCIDENT_TYPES } from './vocabulary';

/** Incidents allocated per reference year (the counter allows 9,999 a year). */
const PER_YEAR = 5_000;
const FIRST_YEAR = 2020;
const STATUSES = `ARRAY['DECLARED','DECLARED','CONTAINED','RECOVERING','STOOD_DOWN']`;

/**
 * Command roles in the order an incident gains them, beyond its affected organisations:
 * (role, organisation offset from the lead — a liaison's organisation, else 0 —, person k,
 * minutes after the declaration, ended after 8 hours). At most seven per incident.
 */
const ROLES = `(VALUES (1, 'COMMANDER', 0, 1, 0, false), (2, 'LIAISON', 1, 1, 61, false), (3, 'LIAISON', 2, 1, 121, false),
  (4, 'DEPUTY', 0, 3, 5, false), (5, 'SCRIBE', 0, 2, 6, false), (6, 'IG_LEAD', 0, 4, 7, false), (7, 'SCRIBE', 0, 5, 1, true))
  AS r (ord, role, off, k, after, ends)`;

/**
 * Incidents over the 365 days before `now`, in set-based statements. Incident n (id
 * `bench_uuid('inc' || n)`: md5 with the RFC 4122 version and variant the API requires) is led
 * by organisation 1 + (n - 1) mod organisations and affects the next two; its participants
 * (`participants` over all incidents, spread evenly) are those two affected organisations
 * and then its command roles in ROLES' order — the commander, a liaison from each affected
 * organisation, a deputy, scribes, an IG lead. Each has a METHANE report (two revisions in
 * one incident of four), three SitReps and a decision.
 */
export async function writeIncidents(
  db: Client,
  organisations: number,
  incidents: number,
  participants: number,
  now: Date,
): Promise<void> {
  await db.query(
    `CREATE FUNCTION pg_temp.bench_uuid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE
     AS $$ SELECT (substr(md5(t), 1, 12) || '4' || substr(md5(t), 14, 3) || '8' || substr(md5(t), 18, 15))::uuid $$`,
  );
  const lead = `(1 + (n - 1) % $2::int)`;
  // Seeded jitter of up to half the spacing, so the times are not a lattice.
  await db.query(
    `INSERT INTO incident (id, reference, title, description, category, type, level, scope, status, lead_organisation_id,
                           personal_data_involved, reported_by, reported_at, declared_by, declared_at, contained_at, recovered_at,
                           stood_down_at, last_sitrep_at, created_at, updated_at, version)
     SELECT pg_temp.bench_uuid('inc' || n),
            'INC-' || (${FIRST_YEAR} + (n - 1) / ${PER_YEAR}) || '-' || lpad((1 + (n - 1) % ${PER_YEAR})::text, 4, '0'),
            'Bench incident ' || n || ': ' || lower((${CATEGORIES})[1 + n % 6]),
            repeat('What is known so far about this incident. ', 4),
            (${CATEGORIES})[1 + n % 6], (${INCIDENT_TYPES})[1 + n % 3], 1 + n % 2, 'ORGANISATION', st,
            md5('org' || ${lead})::uuid, n % 4 = 0, md5('user' || ${lead} || '-2')::uuid, t,
            md5('user' || ${lead} || '-1')::uuid, t + interval '10 minutes',
            CASE WHEN st IN ('CONTAINED','RECOVERING','STOOD_DOWN') THEN t + (6 * 60 + n % 600) * interval '1 minute' END,
            CASE WHEN st IN ('RECOVERING','STOOD_DOWN') THEN t + interval '1 day' END,
            CASE WHEN st = 'STOOD_DOWN' THEN t + (3 * 1440 + n % 3000) * interval '1 minute' END,
            t + interval '12 hours', t, t + interval '12 hours', 6
     FROM generate_series(1, $1::int) n,
          LATERAL (SELECT date_trunc('second', $3::timestamptz - ($1::int - n + 1 + random() / 2) * (interval '365 days' / $1::int)) AS t,
                          (${STATUSES})[1 + n % 5] AS st) x`,
    [incidents, organisations, now],
  );
  await db.query(
    `INSERT INTO incident_reference_counter (year, last_number)
     SELECT ${FIRST_YEAR} + (n - 1) / ${PER_YEAR}, max(1 + (n - 1) % ${PER_YEAR}) FROM generate_series(1, $1::int) n GROUP BY 1`,
    [incidents],
  );
  const affectedEach = Math.min(2, organisations - 1, Math.floor(participants / incidents));
  const roles = participants - affectedEach * incidents;
  await db.query(
    `INSERT INTO incident_affected_organisation (incident_id, organisation_id, added_by, added_at)
     SELECT i.id, md5('org' || (1 + (n - 1 + a) % $2::int))::uuid, i.declared_by, i.reported_at + a * interval '1 hour'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n), generate_series(1, $3::int) a`,
    [incidents, organisations, affectedEach],
  );
  // Incident n holds the roles of ROLES up to its share: ⌊roles·n/I⌋ − ⌊roles·(n−1)/I⌋, so they add up exactly.
  await db.query(
    `INSERT INTO incident_role_assignment (incident_id, role, organisation_id, user_id, assigned_by, started_at, ended_at, ended_by)
     SELECT i.id, r.role,
            CASE WHEN r.off > 0 THEN md5('org' || (1 + (n - 1 + r.off) % $2::int))::uuid END,
            md5('user' || (1 + (n - 1 + r.off) % $2::int) || '-' || r.k)::uuid,
            i.declared_by, i.declared_at + r.after * interval '1 minute',
            CASE WHEN r.ends THEN i.declared_at + interval '8 hours' END,
            CASE WHEN r.ends THEN i.declared_by END
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n), ${ROLES}
     WHERE r.ord <= ($3::bigint * n) / $1::int - ($3::bigint * (n - 1)) / $1::int`,
    [incidents, organisations, roles],
  );
  const methane = (revision: number) =>
    `SELECT i.id, ${revision}, true, 'Main site data centre, building ' || n % 7,
            'Ransomware encrypting clinical systems', 'Spread to connected trusts; loss of results reporting (revision ${revision})',
            'Remote access disabled; on-site only via the IT hub', 'No patient harm known', 'CSOC engaged, NCSC informed',
            i.declared_by, i.declared_at + interval '${revision * 5} minutes'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n)`;
  await db.query(
    `INSERT INTO incident_methane (incident_id, revision, major_incident_declared, exact_location, type_of_incident, hazards, access,
                                   number_of_casualties, emergency_services, submitted_by, submitted_at)
     ${methane(1)} UNION ALL ${methane(2)} AND n % 4 = 0`,
    [incidents],
  );
  await db.query(
    `INSERT INTO incident_sitrep (incident_id, sequence, template, fields, level, submitted_by, submitted_at)
     SELECT i.id, s, 'TACTICAL',
            jsonb_build_object('conditions', 'Conditions at SitRep ' || s || ' of incident ' || n, 'actions', 'Isolated hosts; restoring from backups',
                               'needs', 'Mutual aid from the ICS digital team'),
            i.level, i.declared_by, i.declared_at + s * interval '4 hours'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n), generate_series(1, 3) s`,
    [incidents],
  );
  await db.query(
    `INSERT INTO incident_decision (incident_id, information, risk_assessment, powers_and_policy, options_considered, decision, rationale,
                                    decided_by, decided_at, recorded_by, recorded_at)
     SELECT i.id, 'EPR unavailable', 'Clinical risk rising after 12 hours', 'Trust business continuity plan',
            'Paper records; divert', 'Move to paper records', 'Safest option while the EPR is restored',
            i.declared_by, i.declared_at + interval '2 hours', i.declared_by, i.declared_at + interval '2 hours'
     FROM incident i`,
  );
}
