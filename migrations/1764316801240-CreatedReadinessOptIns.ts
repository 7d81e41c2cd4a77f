import { MigrationInterface, QueryRunner } from 'typeorm';

// IncidentCategory (libs/runbooks/src/incident-category.ts), which a migration cannot import.
const CATEGORIES = `'RANSOMWARE', 'DATA_BREACH', 'DDOS', 'ACCOUNT_COMPROMISE', 'SUPPLIER_COMPROMISE', 'IT_OUTAGE',
  'BUSINESS_CONTINUITY', 'HEATWAVE', 'COLD_WEATHER', 'FLOODING', 'MASS_CASUALTY', 'CBRN_HAZMAT', 'INFECTIOUS_DISEASE',
  'EVACUATION_AND_SHELTER', 'POWER_FAILURE', 'WATER_FAILURE', 'FUEL_DISRUPTION', 'INDUSTRIAL_ACTION', 'MASS_GATHERING', 'OTHER'`;

/**
 * Applicability: which categories apply to which kinds of organisation is a table in code
 * (libs/readiness/src/applicability); an organisation that plans for a category beyond its
 * kind's opts in to it, and readiness then holds it to that category. One row per opt-in.
 */
export class CreatedReadinessOptIns1764316801240 implements MigrationInterface {
  name = 'CreatedReadinessOptIns1764316801240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE readiness_opt_in (
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        category         text NOT NULL CHECK (category IN (${CATEGORIES})),
        opted_in_by      uuid REFERENCES app_user (id),
        opted_in_at      timestamptz NOT NULL,
        CONSTRAINT readiness_opt_in_pkey PRIMARY KEY (organisation_id, category)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE readiness_opt_in`);
  }
}
