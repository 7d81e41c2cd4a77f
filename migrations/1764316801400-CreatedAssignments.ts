import { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTIONS = `'INFORMATION_GOVERNANCE', 'EPRR', 'DIGITAL', 'CYBER_SOC', 'COMMUNICATIONS', 'CLINICAL', 'EXECUTIVE_ON_CALL'`;
const STATUSES = `'OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED', 'WAIVED'`;
const SOURCES = `'INCIDENT_STEP', 'EXERCISE_FINDING', 'READINESS_GAP', 'INCIDENT_LESSON', 'MANUAL'`;
const PRIORITIES = `'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'`;

/**
 * Assignments: cross-functional work owned by an organisation (and a team), assigned by
 * another side (the ICB, or an incident's commander), with a source (a runbook step
 * activated on an incident, an exercise finding, a readiness gap, an incident lesson, or
 * manual), dependencies, evidence and a version. Runbook activations record which
 * approved version was activated on an incident for which organisation, once each.
 * Overdue is never stored: it is the clock against `due_at`.
 */
export class CreatedAssignments1764316801400 implements MigrationInterface {
  name = 'CreatedAssignments1764316801400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE runbook_activation (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id         uuid NOT NULL REFERENCES incident (id),
        runbook_id          uuid NOT NULL REFERENCES runbook (id),
        runbook_version_id  uuid NOT NULL REFERENCES runbook_version (id),
        version_number      integer NOT NULL CHECK (version_number >= 1),
        organisation_id     uuid NOT NULL REFERENCES organisation (id),
        activated_by        uuid REFERENCES app_user (id),
        activated_at        timestamptz NOT NULL,
        CONSTRAINT runbook_activation_once UNIQUE (incident_id, runbook_version_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE assignment (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title                      text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        description                text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        function                   text NOT NULL CHECK (function IN (${FUNCTIONS})),
        organisation_id            uuid NOT NULL REFERENCES organisation (id),
        team_id                    uuid REFERENCES team (id),
        assignee_user_id           uuid REFERENCES app_user (id),
        assigning_organisation_id  uuid NOT NULL REFERENCES organisation (id),
        source_kind                text NOT NULL CHECK (source_kind IN (${SOURCES})),
        source_id                  uuid,
        incident_id                uuid REFERENCES incident (id),
        exercise_id                uuid,
        activation_id              uuid REFERENCES runbook_activation (id),
        runbook_step_id            uuid,
        priority                   text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN (${PRIORITIES})),
        mandatory                  boolean NOT NULL DEFAULT false,
        status                     text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${STATUSES})),
        status_reason              text CHECK (length(status_reason) <= 2000),
        due_at                     timestamptz,
        created_by                 uuid REFERENCES app_user (id),
        created_at                 timestamptz NOT NULL,
        updated_at                 timestamptz NOT NULL,
        acknowledged_at            timestamptz,
        started_at                 timestamptz,
        closed_at                  timestamptz,
        version                    integer NOT NULL DEFAULT 1,
        CONSTRAINT assignment_step_source CHECK (source_kind <> 'INCIDENT_STEP'
          OR (incident_id IS NOT NULL AND runbook_step_id IS NOT NULL)),
        CONSTRAINT assignment_lesson_source CHECK (source_kind <> 'INCIDENT_LESSON'
          OR (incident_id IS NOT NULL AND source_id IS NOT NULL)),
        CONSTRAINT assignment_finding_source CHECK (source_kind <> 'EXERCISE_FINDING'
          OR (exercise_id IS NOT NULL AND source_id IS NOT NULL)),
        CONSTRAINT assignment_closed_when_final CHECK ((status IN ('DONE', 'CANCELLED', 'WAIVED')) = (closed_at IS NOT NULL)),
        CONSTRAINT assignment_reason_when_needed CHECK (status NOT IN ('BLOCKED', 'CANCELLED', 'WAIVED') OR status_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX assignment_organisation ON assignment (organisation_id, created_at, id)`);
    await q.query(`CREATE INDEX assignment_assigning ON assignment (assigning_organisation_id, created_at, id)`);
    await q.query(`CREATE INDEX assignment_team ON assignment (team_id) WHERE team_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX assignment_assignee ON assignment (assignee_user_id) WHERE assignee_user_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX assignment_incident ON assignment (incident_id) WHERE incident_id IS NOT NULL`);
    await q.query(`CREATE INDEX assignment_exercise ON assignment (exercise_id) WHERE exercise_id IS NOT NULL`);
    await q.query(`CREATE INDEX assignment_activation ON assignment (activation_id) WHERE activation_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX assignment_open_due ON assignment (due_at) WHERE status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'BLOCKED')`,
    );
    await q.query(`
      CREATE TABLE assignment_dependency (
        assignment_id  uuid NOT NULL REFERENCES assignment (id),
        depends_on_id  uuid NOT NULL REFERENCES assignment (id),
        CONSTRAINT assignment_dependency_pkey PRIMARY KEY (assignment_id, depends_on_id),
        CONSTRAINT assignment_dependency_not_self CHECK (assignment_id <> depends_on_id)
      )`);
    await q.query(`CREATE INDEX assignment_dependency_reverse ON assignment_dependency (depends_on_id)`);
    await q.query(`
      CREATE TABLE assignment_evidence (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id  uuid NOT NULL REFERENCES assignment (id),
        text           text NOT NULL CHECK (length(text) BETWEEN 3 AND 5000),
        links          text[] NOT NULL DEFAULT '{}' CHECK (cardinality(links) <= 20),
        added_by       uuid REFERENCES app_user (id),
        added_at       timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX assignment_evidence_of ON assignment_evidence (assignment_id, added_at, id)`);
    // Evidence is appended, never edited: a correction is more evidence.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'muster_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON assignment_evidence FROM muster_app;
          REVOKE UPDATE, DELETE, TRUNCATE ON runbook_activation FROM muster_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assignment_evidence`);
    await q.query(`DROP TABLE assignment_dependency`);
    await q.query(`DROP TABLE assignment`);
    await q.query(`DROP TABLE runbook_activation`);
  }
}
