import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `muster_app`: the role the API should run as (NOLOGIN; production logs in as a role
 * that is a member of it). It may read and write every table, but never UPDATE, DELETE
 * or TRUNCATE the audit trail, nor delete a chain head — on top of the triggers, which
 * hold even for the owner.
 *
 * Roles belong to the whole server, not to one database: the role is created only if
 * missing (and a concurrent creation by another database's migration is tolerated), and
 * `down` revokes this database's grants but leaves the role to the others. Where the
 * migrating user may not create roles and none exists, this logs a notice and does nothing.
 */
export class CreatedApplicationRole1764316800410 implements MigrationInterface {
  name = 'CreatedApplicationRole1764316800410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'muster_app') THEN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            RAISE NOTICE 'muster_app does not exist and % may not create it: no application role set up', current_user;
            RETURN;
          END IF;
          BEGIN
            CREATE ROLE muster_app NOLOGIN;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created a moment ago by a migration of another database on this server
          END;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO muster_app', current_schema());
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO muster_app', current_schema());
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO muster_app', current_schema());
        -- Tables and sequences later migrations create (as this same user) get the same grants.
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO muster_app', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO muster_app', current_schema());
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM muster_app, PUBLIC;
        REVOKE DELETE, TRUNCATE ON audit_chain FROM muster_app, PUBLIC;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM muster_app, PUBLIC;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'muster_app') THEN
          EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON TABLES FROM muster_app', current_schema());
          EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON SEQUENCES FROM muster_app', current_schema());
          EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM muster_app', current_schema());
          EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM muster_app', current_schema());
          EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM muster_app', current_schema());
        END IF;
      END $$`);
  }
}
