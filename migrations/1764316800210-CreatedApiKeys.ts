import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys for machines (a SOC's SIEM): one organisation and one role each; only a
 * SHA-256 of the secret is stored, found by its public prefix.
 */
export class CreatedApiKeys1764316800210 implements MigrationInterface {
  name = 'CreatedApiKeys1764316800210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        name             text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        -- Keys never hold administrative or ICS-wide roles.
        role             text NOT NULL CHECK (role IN ('INCIDENT_COMMANDER', 'IG_OFFICER', 'EPRR_LEAD', 'RESPONDER', 'VIEWER')),
        prefix           text NOT NULL UNIQUE CHECK (prefix ~ '^[0-9a-f]{12}$'),
        secret_hash      text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        created_by       uuid REFERENCES app_user (id),
        created_at       timestamptz NOT NULL,
        last_used_at     timestamptz,
        revoked_at       timestamptz,
        revoked_by       uuid REFERENCES app_user (id)
      )`);
    await q.query(`CREATE INDEX api_key_organisation ON api_key (organisation_id, created_at, id)`);
    await q.query(
      `CREATE UNIQUE INDEX api_key_live_name ON api_key (organisation_id, lower(name)) WHERE revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key`);
  }
}
