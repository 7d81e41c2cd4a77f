import { MigrationInterface, QueryRunner } from 'typeorm';
import { madeAppendOnly } from './append-only';

const STATUSES = `'REPORTED', 'STANDBY', 'DECLARED', 'CONTAINED', 'RECOVERING', 'STOOD_DOWN', 'CANCELLED', 'CLOSED'`;
const COMMAND_ROLES = `'COMMANDER', 'DEPUTY', 'IG_LEAD', 'EPRR_LEAD', 'TECHNICAL_LEAD', 'COMMUNICATIONS_LEAD', 'SCRIBE', 'LIAISON', 'OBSERVER'`;
const FUNCTIONS = `'INFORMATION_GOVERNANCE', 'EPRR', 'DIGITAL', 'CYBER_SOC', 'COMMUNICATIONS', 'CLINICAL', 'EXECUTIVE_ON_CALL'`;
/** The records of an incident that are never changed once written: only appended to. */
const APPEND_ONLY = ['incident_methane', 'incident_sitrep', 'incident_decision', 'incident_lesson'];

/**
 * Incidents: the incident (a human reference allocated without gaps per calendar year from
 * `incident_reference_counter`, whose row the reporting transaction locks), its affected
 * organisations, command roles with their handover history, and the append-only records
 * of the response — METHANE revisions, SitReps, command decisions and lessons identified.
 * The timeline is not a table: it is the audit trail's events that carry the incident's id.
 *
 * The category is the runbooks' IncidentCategory list, which grows (other EPRR hazards):
 * the API validates it against the enum, the table only its shape, so a new category
 * needs no migration here.
 */
export class CreatedIncidents1764316801300 implements MigrationInterface {
  name = 'CreatedIncidents1764316801300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident_reference_counter (
        year         integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
        last_number  integer NOT NULL CHECK (last_number BETWEEN 1 AND 9999)
      )`);

    await q.query(`
      CREATE TABLE incident (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference               text NOT NULL CHECK (reference ~ '^INC-[0-9]{4}-[0-9]{4}$'),
        title                   text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        description             text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        category                text NOT NULL CHECK (category ~ '^[A-Z][A-Z_]{1,39}$'),
        type                    text NOT NULL CHECK (type IN ('BUSINESS_CONTINUITY', 'CRITICAL', 'MAJOR')),
        level                   integer NOT NULL CHECK (level BETWEEN 1 AND 4),
        scope                   text NOT NULL CHECK (scope IN ('ORGANISATION', 'SYSTEM_WIDE')),
        status                  text NOT NULL CHECK (status IN (${STATUSES})),
        lead_organisation_id    uuid NOT NULL REFERENCES organisation (id),
        personal_data_involved  boolean NOT NULL DEFAULT false,
        client_key              text CHECK (length(client_key) BETWEEN 1 AND 200),
        reported_by             uuid REFERENCES app_user (id),
        reported_at             timestamptz NOT NULL,
        declared_by             uuid REFERENCES app_user (id),
        declared_at             timestamptz,
        contained_at            timestamptz,
        recovered_at            timestamptz,
        stood_down_at           timestamptz,
        cancelled_at            timestamptz,
        cancellation_reason     text CHECK (length(cancellation_reason) BETWEEN 3 AND 1000),
        closed_at               timestamptz,
        last_sitrep_at          timestamptz,
        created_at              timestamptz NOT NULL,
        updated_at              timestamptz NOT NULL,
        version                 integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        CONSTRAINT incident_reference_unique UNIQUE (reference),
        CONSTRAINT incident_client_key_unique UNIQUE (lead_organisation_id, client_key),
        CONSTRAINT incident_declared_has_time CHECK (status NOT IN ('DECLARED', 'CONTAINED', 'RECOVERING', 'STOOD_DOWN') OR declared_at IS NOT NULL),
        CONSTRAINT incident_contained_has_time CHECK (status NOT IN ('CONTAINED', 'RECOVERING', 'STOOD_DOWN') OR contained_at IS NOT NULL),
        CONSTRAINT incident_stood_down_has_time CHECK (status <> 'STOOD_DOWN' OR stood_down_at IS NOT NULL),
        CONSTRAINT incident_cancelled_has_reason CHECK (status <> 'CANCELLED' OR (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL)),
        CONSTRAINT incident_closed_has_time CHECK (status <> 'CLOSED' OR closed_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX incident_reported_order ON incident (reported_at, id)`);
    await q.query(`CREATE INDEX incident_lead_organisation ON incident (lead_organisation_id, reported_at)`);
    await q.query(`CREATE INDEX incident_status ON incident (status)`);

    await q.query(`
      CREATE TABLE incident_affected_organisation (
        incident_id      uuid NOT NULL REFERENCES incident (id),
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        added_by         uuid REFERENCES app_user (id),
        added_at         timestamptz NOT NULL,
        PRIMARY KEY (incident_id, organisation_id)
      )`);
    await q.query(
      `CREATE INDEX incident_affected_by_organisation ON incident_affected_organisation (organisation_id, incident_id)`,
    );

    // A held role is ended (ended_at) when it is handed over, never deleted: the history.
    await q.query(`
      CREATE TABLE incident_role_assignment (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id      uuid NOT NULL REFERENCES incident (id),
        role             text NOT NULL CHECK (role IN (${COMMAND_ROLES})),
        organisation_id  uuid REFERENCES organisation (id),
        user_id          uuid NOT NULL REFERENCES app_user (id),
        assigned_by      uuid REFERENCES app_user (id),
        started_at       timestamptz NOT NULL,
        ended_at         timestamptz,
        ended_by         uuid REFERENCES app_user (id),
        CONSTRAINT incident_role_liaison_organisation CHECK ((role = 'LIAISON') = (organisation_id IS NOT NULL)),
        CONSTRAINT incident_role_period CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    // One holder per role at a time (per organisation for liaisons); observers are many, each once.
    await q.query(`
      CREATE UNIQUE INDEX incident_role_one_holder ON incident_role_assignment (incident_id, role)
      WHERE ended_at IS NULL AND role NOT IN ('LIAISON', 'OBSERVER')`);
    await q.query(`
      CREATE UNIQUE INDEX incident_role_one_liaison ON incident_role_assignment (incident_id, organisation_id)
      WHERE ended_at IS NULL AND role = 'LIAISON'`);
    await q.query(`
      CREATE UNIQUE INDEX incident_role_one_observer ON incident_role_assignment (incident_id, user_id)
      WHERE ended_at IS NULL AND role = 'OBSERVER'`);
    await q.query(
      `CREATE INDEX incident_role_holder ON incident_role_assignment (user_id, incident_id) WHERE ended_at IS NULL`,
    );
    await q.query(`CREATE INDEX incident_role_history ON incident_role_assignment (incident_id, started_at)`);

    await q.query(`
      CREATE TABLE incident_methane (
        id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id                 uuid NOT NULL REFERENCES incident (id),
        revision                    integer NOT NULL CHECK (revision >= 1),
        major_incident_declared     boolean NOT NULL,
        exact_location              text NOT NULL CHECK (length(exact_location) BETWEEN 1 AND 2000),
        type_of_incident            text NOT NULL CHECK (length(type_of_incident) BETWEEN 1 AND 2000),
        hazards                     text NOT NULL CHECK (length(hazards) BETWEEN 1 AND 4000),
        access                      text NOT NULL CHECK (length(access) BETWEEN 1 AND 2000),
        number_of_casualties        text NOT NULL CHECK (length(number_of_casualties) BETWEEN 1 AND 4000),
        emergency_services          text NOT NULL CHECK (length(emergency_services) BETWEEN 1 AND 2000),
        submitted_by                uuid REFERENCES app_user (id),
        submitted_at                timestamptz NOT NULL,
        CONSTRAINT incident_methane_revision UNIQUE (incident_id, revision)
      )`);

    await q.query(`
      CREATE TABLE incident_sitrep (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id   uuid NOT NULL REFERENCES incident (id),
        sequence      integer NOT NULL CHECK (sequence >= 1),
        template      text NOT NULL CHECK (template IN ('TACTICAL', 'EXECUTIVE', 'SBAR')),
        fields        jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'object'),
        level         integer NOT NULL CHECK (level BETWEEN 1 AND 4),
        submitted_by  uuid REFERENCES app_user (id),
        submitted_at  timestamptz NOT NULL,
        CONSTRAINT incident_sitrep_sequence UNIQUE (incident_id, sequence)
      )`);

    await q.query(`
      CREATE TABLE incident_decision (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id           uuid NOT NULL REFERENCES incident (id),
        information           text NOT NULL CHECK (length(information) BETWEEN 1 AND 4000),
        risk_assessment       text NOT NULL CHECK (length(risk_assessment) BETWEEN 1 AND 4000),
        powers_and_policy     text NOT NULL CHECK (length(powers_and_policy) BETWEEN 1 AND 4000),
        options_considered    text NOT NULL CHECK (length(options_considered) BETWEEN 1 AND 4000),
        decision              text NOT NULL CHECK (length(decision) BETWEEN 1 AND 4000),
        rationale             text NOT NULL CHECK (length(rationale) BETWEEN 1 AND 4000),
        decided_by            uuid NOT NULL REFERENCES app_user (id),
        decided_at            timestamptz NOT NULL,
        review_at             timestamptz,
        revisits_decision_id  uuid REFERENCES incident_decision (id),
        recorded_by           uuid REFERENCES app_user (id),
        recorded_at           timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX incident_decision_of_incident ON incident_decision (incident_id, decided_at)`);

    await q.query(`
      CREATE TABLE incident_lesson (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id      uuid NOT NULL REFERENCES incident (id),
        what_happened    text NOT NULL CHECK (length(what_happened) BETWEEN 3 AND 4000),
        what_to_change   text NOT NULL CHECK (length(what_to_change) BETWEEN 3 AND 4000),
        owner_function   text NOT NULL CHECK (owner_function IN (${FUNCTIONS})),
        recorded_by      uuid REFERENCES app_user (id),
        recorded_at      timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX incident_methane_of_incident ON incident_methane (incident_id, revision)`);
    await q.query(`CREATE INDEX incident_sitrep_of_incident ON incident_sitrep (incident_id, sequence)`);
    await q.query(`CREATE INDEX incident_lesson_of_incident ON incident_lesson (incident_id, recorded_at)`);

    await madeAppendOnly(q, 'incident_record_refuse_change', 'append-only', APPEND_ONLY);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...APPEND_ONLY].reverse()) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION incident_record_refuse_change()`);
    await q.query(`DROP TABLE incident_role_assignment`);
    await q.query(`DROP TABLE incident_affected_organisation`);
    await q.query(`DROP TABLE incident`);
    await q.query(`DROP TABLE incident_reference_counter`);
  }
}
