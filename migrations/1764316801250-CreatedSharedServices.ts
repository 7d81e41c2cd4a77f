import { MigrationInterface, QueryRunner } from 'typeorm';

// TeamFunction (libs/identity/src/teams/team-function.ts), which a migration cannot import.
const FUNCTIONS = `'INFORMATION_GOVERNANCE', 'EPRR', 'DIGITAL', 'CYBER_SOC', 'COMMUNICATIONS', 'CLINICAL', 'EXECUTIVE_ON_CALL'`;

/**
 * Shared services: a function of one organisation (the client) delivered for it by another
 * (the provider) — the ICS SOC delivering Cyber/SOC for a mental-health trust. One provider
 * per client and function. Readiness counts the provider's people for that function, and
 * runbook activation assigns those steps to the provider. Ending an arrangement deletes its
 * row; the audit trail keeps its history.
 */
export class CreatedSharedServices1764316801250 implements MigrationInterface {
  name = 'CreatedSharedServices1764316801250';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shared_service (
        client_organisation_id    uuid NOT NULL REFERENCES organisation (id),
        function                  text NOT NULL CHECK (function IN (${FUNCTIONS})),
        provider_organisation_id  uuid NOT NULL REFERENCES organisation (id),
        note                      text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        recorded_by               uuid REFERENCES app_user (id),
        recorded_at               timestamptz NOT NULL,
        CONSTRAINT shared_service_pkey PRIMARY KEY (client_organisation_id, function),
        CONSTRAINT shared_service_not_itself CHECK (client_organisation_id <> provider_organisation_id)
      )`);
    await q.query(`CREATE INDEX shared_service_provider ON shared_service (provider_organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE shared_service`);
  }
}
