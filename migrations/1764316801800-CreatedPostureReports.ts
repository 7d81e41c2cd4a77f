import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SOC posture, ingested (never scanned): one row per organisation and day, reported by the
 * SOC's API key. A day reported again with other values supersedes the row in place
 * (`revision` counts it); the values before are kept in the `posture.report_superseded`
 * audit event. A day with a critical vulnerability past the patch target names the
 * assignment it raised (`breach_assignment_id`).
 */
export class CreatedPostureReports1764316801800 implements MigrationInterface {
  name = 'CreatedPostureReports1764316801800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE posture_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        day date NOT NULL,
        assets_in_scope integer NOT NULL CHECK (assets_in_scope >= 0),
        critical_open integer NOT NULL CHECK (critical_open >= 0),
        high_open integer NOT NULL CHECK (high_open >= 0),
        medium_open integer NOT NULL CHECK (medium_open >= 0),
        low_open integer NOT NULL CHECK (low_open >= 0),
        critical_past_target integer NOT NULL CHECK (critical_past_target BETWEEN 0 AND critical_open),
        high_past_target integer NOT NULL CHECK (high_past_target BETWEEN 0 AND high_open),
        patch_compliance_percent numeric(5, 2) NOT NULL CHECK (patch_compliance_percent BETWEEN 0 AND 100),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        reported_by_key_id uuid NOT NULL,
        reported_at timestamptz NOT NULL,
        breach_assignment_id uuid REFERENCES assignment (id),
        CONSTRAINT posture_report_organisation_day UNIQUE (organisation_id, day)
      )`);
    await q.query(`CREATE INDEX posture_report_day ON posture_report (day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE posture_report`);
  }
}
