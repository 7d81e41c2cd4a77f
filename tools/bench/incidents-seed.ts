import type { Client } from 'pg';
import { createHash } from 'node:crypto';
import { canonicalEvent, canonicalJson, EventHasher, GENESIS_HASH, HashedFields } from '@muster/platform-audit';

/** The size of the incidents benchmark data set. */
export interface IncidentsBenchSize {
  organisations: number;
  incidents: number;
  /** Audit events carrying each incident's id: its timeline. */
  eventsPerIncident: number;
}

/** Incidents allocated per reference year (the counter allows 9,999 a year). */
const PER_YEAR = 5_000;
const FIRST_YEAR = 2020;
const STATUSES = `ARRAY['DECLARED','DECLARED','CONTAINED','RECOVERING','STOOD_DOWN']`;
const CATEGORIES = `ARRAY['RANSOMWARE','DATA_BREACH','DDOS','ACCOUNT_COMPROMISE','SUPPLIER_COMPROMISE','IT_OUTAGE']`;
/** Each organisation's people: k = 1 commander, 2 responder, 3 EPRR lead, 4 IG officer, 5 responder. */
const MEMBER_ROLES = `ARRAY['INCIDENT_COMMANDER','RESPONDER','EPRR_LEAD','IG_OFFICER','RESPONDER']`;

/** Ids are derived (md5) so rows refer to each other and the bench finds them again. */
export const benchIds = {
  organisation: (o: number) => md5Uuid(`org${o}`),
  commander: (o: number) => md5Uuid(`user${o}-1`),
};

function md5Uuid(text: string): string {
  // Same as md5(text)::uuid in PostgreSQL.
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A whole ICS with its incident history, in set-based statements: organisation 1 is the
 * ICB; every organisation has five people (a commander first); each incident is led by
 * one organisation and affects the next two, has its command roles (a commander handed
 * over once in three incidents, a deputy, a scribe, an IG lead, a liaison per affected
 * organisation), a METHANE report (two revisions in one incident of four), three SitReps,
 * a decision, and `eventsPerIncident` audit events carrying its id — its timeline. The
 * audit events are real chain links: one chain per lead organisation, each event hashed
 * over its canonical bytes with the API's key and linked to the one before, exactly as
 * the appender writes them, so `verifyAuditChain` accepts every chain.
 */
export async function seedIncidentsBench(
  db: Client,
  size: IncidentsBenchSize,
  hasher: EventHasher,
  log: (line: string) => void,
): Promise<void> {
  const { organisations: orgs, incidents } = size;
  await db.query(`SET synchronous_commit = off`);
  // Incident ids are given to the API, which takes RFC 4122 UUIDs only: md5 with its version and variant set.
  await db.query(
    `CREATE FUNCTION pg_temp.bench_uuid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE
     AS $$ SELECT (substr(md5(t), 1, 12) || '4' || substr(md5(t), 14, 3) || '8' || substr(md5(t), 18, 15))::uuid $$`,
  );
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO organisation (id, ods_code, name, kind)
     SELECT md5('org' || o)::uuid, 'B' || lpad(o::text, 5, '0'), 'Bench organisation ' || lpad(o::text, 3, '0'),
            CASE WHEN o = 1 THEN 'ICB' ELSE (ARRAY['ACUTE_TRUST','COMMUNITY_TRUST','MENTAL_HEALTH_TRUST','LOCAL_AUTHORITY'])[1 + o % 4] END
     FROM generate_series(1, $1::int) o`,
    [orgs],
  );
  await db.query(
    `INSERT INTO app_user (id, email, display_name)
     SELECT md5('user' || o || '-' || k)::uuid, 'u' || o || '-' || k || '@bench.nhs.uk', 'Bench person ' || o || '-' || k
     FROM generate_series(1, $1::int) o, generate_series(1, 5) k`,
    [orgs],
  );
  await db.query(
    `INSERT INTO membership (user_id, organisation_id, role)
     SELECT md5('user' || o || '-' || k)::uuid, md5('org' || o)::uuid, (${MEMBER_ROLES})[k]
     FROM generate_series(1, $1::int) o, generate_series(1, 5) k`,
    [orgs],
  );
  // Incident n is led by organisation lead(n) and affects the two after it.
  const lead = `(1 + (n - 1) % $2::int)`;
  await db.query(
    `INSERT INTO incident (id, reference, title, description, category, type, level, scope, status, lead_organisation_id,
                           personal_data_involved, reported_by, reported_at, declared_by, declared_at, contained_at, recovered_at,
                           stood_down_at, last_sitrep_at, created_at, updated_at, version)
     SELECT pg_temp.bench_uuid('inc' || n),
            'INC-' || (${FIRST_YEAR} + (n - 1) / ${PER_YEAR}) || '-' || lpad((1 + (n - 1) % ${PER_YEAR})::text, 4, '0'),
            'Bench incident ' || n || ': ' || lower((${CATEGORIES})[1 + n % 6]),
            repeat('What is known so far about this incident. ', 4),
            (${CATEGORIES})[1 + n % 6], (ARRAY['BUSINESS_CONTINUITY','CRITICAL','MAJOR'])[1 + n % 3], 1 + n % 2, 'ORGANISATION', st,
            md5('org' || ${lead})::uuid, n % 4 = 0, md5('user' || ${lead} || '-2')::uuid, t,
            md5('user' || ${lead} || '-1')::uuid, t + interval '10 minutes',
            CASE WHEN st IN ('CONTAINED','RECOVERING','STOOD_DOWN') THEN t + interval '6 hours' END,
            CASE WHEN st IN ('RECOVERING','STOOD_DOWN') THEN t + interval '1 day' END,
            CASE WHEN st = 'STOOD_DOWN' THEN t + interval '3 days' END,
            t + interval '12 hours', t, t + interval '12 hours', 6
     FROM generate_series(1, $1::int) n,
          LATERAL (SELECT timestamptz '2020-01-01' + n * interval '3 hours' AS t, (${STATUSES})[1 + n % 5] AS st) x`,
    [incidents, orgs],
  );
  await db.query(
    `INSERT INTO incident_reference_counter (year, last_number)
     SELECT ${FIRST_YEAR} + (n - 1) / ${PER_YEAR}, max(1 + (n - 1) % ${PER_YEAR}) FROM generate_series(1, $1::int) n GROUP BY 1`,
    [incidents],
  );
  const affected = (k: number) => `md5('org' || (1 + (n - 1 + ${k}) % $2::int))::uuid`;
  await db.query(
    `INSERT INTO incident_affected_organisation (incident_id, organisation_id, added_by, added_at)
     SELECT pg_temp.bench_uuid('inc' || n), ${affected(1)}, md5('user' || ${lead} || '-1')::uuid, i.reported_at + interval '1 hour'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n)
     UNION ALL
     SELECT pg_temp.bench_uuid('inc' || n), ${affected(2)}, md5('user' || ${lead} || '-1')::uuid, i.reported_at + interval '2 hours'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n)`,
    [incidents, orgs],
  );
  // Roles: (role, organisation offset or null, person k of the lead or the affected organisation, starts after, ended).
  await db.query(
    `INSERT INTO incident_role_assignment (incident_id, role, organisation_id, user_id, assigned_by, started_at, ended_at, ended_by)
     SELECT pg_temp.bench_uuid('inc' || n), r.role,
            CASE WHEN r.off > 0 THEN md5('org' || (1 + (n - 1 + r.off) % $2::int))::uuid END,
            md5('user' || (1 + (n - 1 + r.off) % $2::int) || '-' || r.k)::uuid,
            md5('user' || ${lead} || '-1')::uuid,
            i.declared_at + r.after,
            CASE WHEN r.ends THEN i.declared_at + interval '8 hours' END,
            CASE WHEN r.ends THEN md5('user' || ${lead} || '-1')::uuid END
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n),
          (VALUES ('COMMANDER', 0, 1, interval '0', false), ('DEPUTY', 0, 3, interval '5 minutes', false),
                  ('SCRIBE', 0, 2, interval '6 minutes', false), ('IG_LEAD', 0, 4, interval '7 minutes', false),
                  ('LIAISON', 1, 1, interval '61 minutes', false), ('LIAISON', 2, 1, interval '121 minutes', false),
                  ('SCRIBE', 0, 5, interval '1 minute', true)) AS r (role, off, k, after, ends)
     WHERE r.role <> 'SCRIBE' OR r.k = 2 OR n % 3 = 0`,
    [incidents, orgs],
  );
  const methane = (revision: number) =>
    `SELECT pg_temp.bench_uuid('inc' || n), ${revision}, true, 'Main site data centre, building ' || n % 7,
            'Ransomware encrypting clinical systems', 'Spread to connected trusts; loss of results reporting (revision ${revision})',
            'Remote access disabled; on-site only via the IT hub', 'No patient harm known', 'CSOC engaged, NCSC informed',
            md5('user' || ${lead} || '-1')::uuid, i.declared_at + interval '${revision * 5} minutes'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n)`;
  await db.query(
    `INSERT INTO incident_methane (incident_id, revision, major_incident_declared, exact_location, type_of_incident, hazards, access,
                                   number_of_casualties, emergency_services, submitted_by, submitted_at)
     ${methane(1)} UNION ALL ${methane(2)} AND n % 4 = 0`,
    [incidents, orgs],
  );
  await db.query(
    `INSERT INTO incident_sitrep (incident_id, sequence, template, fields, level, submitted_by, submitted_at)
     SELECT pg_temp.bench_uuid('inc' || n), s, 'TACTICAL',
            jsonb_build_object('conditions', 'Conditions at SitRep ' || s || ' of incident ' || n, 'actions', 'Isolated hosts; restoring from backups',
                               'needs', 'Mutual aid from the ICS digital team'),
            i.level, md5('user' || ${lead} || '-1')::uuid, i.declared_at + s * interval '4 hours'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n), generate_series(1, 3) s`,
    [incidents, orgs],
  );
  await db.query(
    `INSERT INTO incident_decision (incident_id, information, risk_assessment, powers_and_policy, options_considered, decision, rationale,
                                    decided_by, decided_at, recorded_by, recorded_at)
     SELECT pg_temp.bench_uuid('inc' || n), 'EPR unavailable', 'Clinical risk rising after 12 hours', 'Trust business continuity plan',
            'Paper records; divert', 'Move to paper records', 'Safest option while the EPR is restored',
            md5('user' || ${lead} || '-1')::uuid, i.declared_at + interval '2 hours', md5('user' || ${lead} || '-1')::uuid, i.declared_at + interval '2 hours'
     FROM generate_series(1, $1::int) n JOIN incident i ON i.id = pg_temp.bench_uuid('inc' || n)`,
    [incidents, orgs],
  );
  await db.query('COMMIT');
  await writeTimelines(db, size, hasher, log);
  await db.query('VACUUM ANALYZE');
}

const TIMELINE: [string, string, string][] = [
  ['incident.reported', 'incident', 'reported'],
  ['incident.declared', 'incident', 'declared: level 1'],
  ['incident.role_assigned', 'incident_role_assignment', 'the declaring commander holds the commander role'],
  ['incident.methane_submitted', 'incident_methane', 'METHANE report, revision 1'],
  ['incident.organisation_added', 'incident', 'organisation added'],
  ['incident.role_assigned', 'incident_role_assignment', 'deputy assigned'],
  ['incident.sitrep_submitted', 'incident_sitrep', 'SitRep submitted'],
  ['incident.timeline_entry_added', 'incident_timeline_entry', 'timeline entry'],
  ['incident.decision_recorded', 'incident_decision', 'decision recorded'],
  ['incident.level_changed', 'incident', 'level changed'],
];

// One JSON parameter per batch, as audit-bench-data.ts writes chains.
const INSERT_EVENTS = `
  INSERT INTO audit_event (chain_id, seq, occurred_at, actor_type, actor_id, actor_label, organisation_id, roles, action,
    entity_type, entity_id, incident_id, summary, changes, request_id, client_address, prev_hash, hash)
  SELECT r->>0, (r->>1)::bigint, (r->>2)::timestamptz, 'USER', (r->>3)::uuid, r->>4, (r->>0)::uuid, (r->>5)::text[], r->>6,
    r->>7, r->>8, (r->>9)::uuid, r->>10, (r->>11)::json, r->>12, '10.0.0.7', r->>13, r->>14
  FROM jsonb_array_elements($1::jsonb) AS r`;

/** The timelines: per lead organisation, its incidents' events in order, one valid chain each. */
async function writeTimelines(
  db: Client,
  size: IncidentsBenchSize,
  hasher: EventHasher,
  log: (line: string) => void,
): Promise<void> {
  const incidents = (
    await db.query<{
      id: string;
      reference: string;
      organisationId: string;
      organisationNumber: number;
      reportedAt: Date;
    }>(
      `SELECT i.id::text, i.reference, i.lead_organisation_id::text AS "organisationId", substr(o.ods_code, 2)::int AS "organisationNumber",
            i.reported_at AS "reportedAt"
       FROM incident i JOIN organisation o ON o.id = i.lead_organisation_id ORDER BY i.reported_at, i.id`,
    )
  ).rows;
  const byOrganisation = new Map<string, typeof incidents>();
  for (const i of incidents) {
    const own = byOrganisation.get(i.organisationId);
    if (own) own.push(i);
    else byOrganisation.set(i.organisationId, [i]);
  }
  let batch: unknown[][] = [];
  let written = 0;
  const flush = async () => {
    if (!batch.length) return;
    await db.query(INSERT_EVENTS, [JSON.stringify(batch)]);
    written += batch.length;
    batch = [];
  };
  for (const [chainId, own] of byOrganisation) {
    await db.query(`INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES ($1, 0, $2)`, [
      chainId,
      GENESIS_HASH,
    ]);
    let prev = GENESIS_HASH;
    let seq = 0;
    for (const incident of own) {
      const actorId = benchIds.commander(incident.organisationNumber);
      for (let e = 0; e < size.eventsPerIncident; e++) {
        seq += 1;
        const [action, entityType, words] = TIMELINE[e % TIMELINE.length];
        const manual = entityType === 'incident_timeline_entry';
        const fields: HashedFields = {
          chainId,
          seq: String(seq),
          prevHash: prev,
          occurredAt: new Date(incident.reportedAt.getTime() + e * 7 * 60_000).toISOString(),
          actorType: 'USER',
          actorId,
          actorLabel: `u${incident.organisationNumber}-1@bench.nhs.uk`,
          organisationId: chainId,
          roles: [`INCIDENT_COMMANDER@${chainId}`],
          action,
          entityType,
          entityId: incident.id,
          incidentId: incident.id,
          summary: `${incident.reference} ${words}`,
          changes: canonicalJson(
            manual ? { text: `Entry ${e} of ${incident.reference}`, correctsEntryId: null } : { step: e },
          ),
          requestId: `bench-${seq}`,
          clientAddress: '10.0.0.7',
        };
        const hash = hasher(canonicalEvent(fields));
        batch.push([
          chainId,
          seq,
          fields.occurredAt,
          actorId,
          fields.actorLabel,
          `{${fields.roles.join(',')}}`,
          action,
          entityType,
          incident.id,
          incident.id,
          fields.summary,
          fields.changes,
          fields.requestId,
          prev,
          hash,
        ]);
        prev = hash;
      }
      if (batch.length >= 10_000) await flush();
    }
    await flush();
    await db.query(`UPDATE audit_chain SET last_seq = $2, last_hash = $3 WHERE chain_id = $1`, [chainId, seq, prev]);
  }
  log(`wrote ${written.toLocaleString('en-GB')} timeline events in ${byOrganisation.size} organisation chains`);
}
