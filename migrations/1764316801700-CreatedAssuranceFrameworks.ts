import { MigrationInterface, QueryRunner } from 'typeorm';

// FrameworkKind (libs/assurance/src/frameworks/framework-kind.ts), which a migration cannot import.
const KINDS = `'EPRR_CORE_STANDARDS', 'CAF_DSPT', 'OTHER'`;
const TABLES = ['assurance_framework', 'assurance_section', 'assurance_requirement'];

/**
 * Assurance frameworks as versioned data: a framework version (the year's EPRR core
 * standards, the CAF-aligned DSPT, …), its sections (EPRR domains; CAF objectives and
 * principles, nested) and its requirements (EPRR standards; CAF contributing outcomes,
 * whose ids are scoped to the version), each with the organisation kinds it applies to
 * (none: all). Imported once and never changed: a correction is a new version.
 */
export class CreatedAssuranceFrameworks1764316801700 implements MigrationInterface {
  name = 'CreatedAssuranceFrameworks1764316801700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assurance_framework (
        id           uuid PRIMARY KEY,
        key          text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        version      text NOT NULL CHECK (length(version) BETWEEN 1 AND 40),
        kind         text NOT NULL CHECK (kind IN (${KINDS})),
        source       text NOT NULL DEFAULT '' CHECK (length(source) <= 200),
        description  text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        imported_by  uuid REFERENCES app_user (id),
        imported_at  timestamptz NOT NULL,
        CONSTRAINT assurance_framework_key_version UNIQUE (key, version)
      )`);
    await q.query(`
      CREATE TABLE assurance_section (
        id            uuid PRIMARY KEY,
        framework_id  uuid NOT NULL REFERENCES assurance_framework (id),
        parent_id     uuid REFERENCES assurance_section (id),
        reference     text NOT NULL CHECK (length(reference) BETWEEN 1 AND 32),
        name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        position      int NOT NULL,
        CONSTRAINT assurance_section_reference UNIQUE (framework_id, reference)
      )`);
    await q.query(`
      CREATE TABLE assurance_requirement (
        id            uuid PRIMARY KEY,
        framework_id  uuid NOT NULL REFERENCES assurance_framework (id),
        section_id    uuid NOT NULL REFERENCES assurance_section (id),
        reference     text NOT NULL CHECK (length(reference) BETWEEN 1 AND 32),
        title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        text          text NOT NULL DEFAULT '' CHECK (length(text) <= 4000),
        applies_to    text[] NOT NULL DEFAULT '{}',
        position      int NOT NULL,
        CONSTRAINT assurance_requirement_reference UNIQUE (framework_id, reference)
      )`);
    await q.query(`CREATE INDEX assurance_section_of_framework ON assurance_section (framework_id, position)`);
    await q.query(`CREATE INDEX assurance_requirement_of_section ON assurance_requirement (section_id, position)`);
    await q.query(`
      CREATE FUNCTION assurance_framework_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is imported once: % refused (import a new version)', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION assurance_framework_refuse_change()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION assurance_framework_refuse_change()`);
    }
    // On top of the triggers: the application role may only append to them.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'muster_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON ${TABLES.join(', ')} FROM muster_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION assurance_framework_refuse_change()`);
  }
}
