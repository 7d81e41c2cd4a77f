import { MigrationInterface, QueryRunner } from 'typeorm';

/** The identity model: organisations of the ICS, their teams, people and their roles. */
export class CreatedOrganisationsTeamsUsers1764316800100 implements MigrationInterface {
  name = 'CreatedOrganisationsTeamsUsers1764316800100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ods_code    text NOT NULL UNIQUE CHECK (ods_code ~ '^[A-Z0-9]{3,10}$'),
        name        text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        kind        text NOT NULL CHECK (kind IN ('ICB', 'ACUTE_TRUST', 'COMMUNITY_TRUST', 'MENTAL_HEALTH_TRUST',
                      'AMBULANCE_TRUST', 'LOCAL_AUTHORITY', 'PRIMARY_CARE', 'SOC', 'OTHER')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        version     integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE team (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        name             text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        function         text NOT NULL CHECK (function IN ('INFORMATION_GOVERNANCE', 'EPRR', 'DIGITAL', 'CYBER_SOC',
                           'COMMUNICATIONS', 'CLINICAL', 'EXECUTIVE_ON_CALL')),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        version          integer NOT NULL DEFAULT 1,
        CONSTRAINT team_name_unique UNIQUE (organisation_id, name)
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email            text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name     text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash    text,
        active           boolean NOT NULL DEFAULT true,
        session_version  integer NOT NULL DEFAULT 1,
        deactivated_at   timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        version          integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE membership (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id          uuid NOT NULL REFERENCES app_user (id),
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        team_id          uuid REFERENCES team (id),
        role             text NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'ORG_ADMIN', 'INCIDENT_COMMANDER', 'IG_OFFICER',
                           'EPRR_LEAD', 'RESPONDER', 'VIEWER', 'AUDITOR')),
        granted_by       uuid REFERENCES app_user (id),
        granted_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_unique UNIQUE (user_id, organisation_id, role)
      )`);
    await q.query(`CREATE INDEX membership_organisation ON membership (organisation_id, role)`);
    await q.query(`CREATE INDEX membership_team ON membership (team_id) WHERE team_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE membership`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE team`);
    await q.query(`DROP TABLE organisation`);
  }
}
