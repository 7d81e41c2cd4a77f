import { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'RANSOMWARE', 'DATA_BREACH', 'DDOS', 'ACCOUNT_COMPROMISE', 'SUPPLIER_COMPROMISE', 'IT_OUTAGE', 'OTHER'`;
const FUNCTIONS = `'INFORMATION_GOVERNANCE', 'EPRR', 'DIGITAL', 'CYBER_SOC', 'COMMUNICATIONS', 'CLINICAL', 'EXECUTIVE_ON_CALL'`;
const ROLES = `'SYSTEM_ADMIN', 'ORG_ADMIN', 'INCIDENT_COMMANDER', 'IG_OFFICER', 'EPRR_LEAD', 'RESPONDER', 'VIEWER', 'AUDITOR'`;

/**
 * Runbooks: the working copy (`runbook`, `runbook_step`) and the immutable approved
 * versions (`runbook_version`, refused UPDATE/DELETE by trigger). Indexed for the
 * readiness queries: runbooks per organisation and status, template links, steps per
 * runbook, versions per runbook.
 */
export class CreatedRunbooks1764316800500 implements MigrationInterface {
  name = 'CreatedRunbooks1764316800500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE runbook (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id           uuid NOT NULL REFERENCES organisation (id),
        title                     text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        description               text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        categories                text[] NOT NULL CHECK (cardinality(categories) >= 1
                                    AND categories <@ ARRAY[${CATEGORIES}]::text[]),
        owner_user_id             uuid REFERENCES app_user (id),
        status                    text NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED')),
        is_template               boolean NOT NULL DEFAULT false,
        template_runbook_id       uuid REFERENCES runbook (id),
        adopted_template_version  integer CHECK (adopted_template_version >= 1),
        current_version_id        uuid,
        latest_version_number     integer NOT NULL DEFAULT 0 CHECK (latest_version_number >= 0),
        review_interval_months    integer NOT NULL DEFAULT 12 CHECK (review_interval_months BETWEEN 1 AND 36),
        next_review_at            timestamptz,
        submitted_by              uuid REFERENCES app_user (id),
        submitted_at              timestamptz,
        created_by                uuid REFERENCES app_user (id),
        retired_at                timestamptz,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now(),
        version                   integer NOT NULL DEFAULT 1,
        -- A template is never itself an adoption of another template.
        CONSTRAINT runbook_template_not_adopted CHECK (NOT (is_template AND template_runbook_id IS NOT NULL)),
        CONSTRAINT runbook_adoption_pair CHECK ((template_runbook_id IS NULL) = (adopted_template_version IS NULL)),
        CONSTRAINT runbook_approved_has_version CHECK (status <> 'APPROVED' OR current_version_id IS NOT NULL),
        CONSTRAINT runbook_in_review_submitted CHECK (status <> 'IN_REVIEW' OR submitted_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX runbook_organisation_status ON runbook (organisation_id, status)`);
    await q.query(`CREATE INDEX runbook_title_order ON runbook (title, id)`);
    await q.query(`CREATE INDEX runbook_categories ON runbook USING gin (categories)`);
    await q.query(
      `CREATE INDEX runbook_template_link ON runbook (template_runbook_id) WHERE template_runbook_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX runbook_templates ON runbook (id) WHERE is_template`);
    await q.query(`CREATE INDEX runbook_next_review ON runbook (next_review_at) WHERE next_review_at IS NOT NULL`);
    // One live adoption of a template per organisation.
    await q.query(`
      CREATE UNIQUE INDEX runbook_one_adoption ON runbook (organisation_id, template_runbook_id)
      WHERE template_runbook_id IS NOT NULL AND status <> 'RETIRED'`);

    await q.query(`
      CREATE TABLE runbook_step (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        runbook_id        uuid NOT NULL REFERENCES runbook (id),
        position          integer NOT NULL CHECK (position >= 1),
        title             text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        function          text NOT NULL CHECK (function IN (${FUNCTIONS})),
        responsible_role  text NOT NULL CHECK (responsible_role IN (${ROLES})),
        instructions      text NOT NULL DEFAULT '' CHECK (length(instructions) <= 5000),
        target_minutes    integer CHECK (target_minutes BETWEEN 0 AND 525600),
        mandatory         boolean NOT NULL DEFAULT true,
        depends_on        uuid[] NOT NULL DEFAULT '{}',
        template_step_id  uuid,
        -- Checked at commit, so a reorder can move every position in one statement.
        CONSTRAINT runbook_step_position UNIQUE (runbook_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await q.query(`
      CREATE TABLE runbook_version (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        runbook_id                 uuid NOT NULL REFERENCES runbook (id),
        organisation_id            uuid NOT NULL REFERENCES organisation (id),
        version_number             integer NOT NULL CHECK (version_number >= 1),
        title                      text NOT NULL,
        description                text NOT NULL DEFAULT '',
        categories                 text[] NOT NULL,
        steps                      jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
        step_count                 integer NOT NULL CHECK (step_count >= 0),
        required_roles             text[] NOT NULL DEFAULT '{}',
        review_interval_months     integer NOT NULL,
        submitted_by               uuid REFERENCES app_user (id),
        submitted_at               timestamptz,
        approved_by                uuid REFERENCES app_user (id),
        approved_at                timestamptz NOT NULL,
        based_on_template_version  integer,
        CONSTRAINT runbook_version_number UNIQUE (runbook_id, version_number)
      )`);
    await q.query(`
      ALTER TABLE runbook ADD CONSTRAINT runbook_current_version
      FOREIGN KEY (current_version_id) REFERENCES runbook_version (id)`);
    await q.query(`
      CREATE FUNCTION runbook_version_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'runbook_version is immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER runbook_version_no_update_delete BEFORE UPDATE OR DELETE ON runbook_version
      FOR EACH ROW EXECUTE FUNCTION runbook_version_refuse_change()`);
    await q.query(`
      CREATE TRIGGER runbook_version_no_truncate BEFORE TRUNCATE ON runbook_version
      FOR EACH STATEMENT EXECUTE FUNCTION runbook_version_refuse_change()`);
    // On top of the trigger: the application role may never change a published version.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'muster_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON runbook_version FROM muster_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE runbook DROP CONSTRAINT runbook_current_version`);
    await q.query(`DROP TABLE runbook_version`);
    await q.query(`DROP FUNCTION runbook_version_refuse_change()`);
    await q.query(`DROP TABLE runbook_step`);
    await q.query(`DROP TABLE runbook`);
  }
}
