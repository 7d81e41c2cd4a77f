import { MigrationInterface, QueryRunner } from 'typeorm';

// IncidentCategory (libs/runbooks/src/incident-category.ts), which a migration cannot import.
const BEFORE = `'RANSOMWARE', 'DATA_BREACH', 'DDOS', 'ACCOUNT_COMPROMISE', 'SUPPLIER_COMPROMISE', 'IT_OUTAGE', 'OTHER'`;
const CATEGORIES = `'RANSOMWARE', 'DATA_BREACH', 'DDOS', 'ACCOUNT_COMPROMISE', 'SUPPLIER_COMPROMISE', 'IT_OUTAGE',
  'BUSINESS_CONTINUITY', 'HEATWAVE', 'COLD_WEATHER', 'FLOODING', 'MASS_CASUALTY', 'CBRN_HAZMAT', 'INFECTIOUS_DISEASE',
  'EVACUATION_AND_SHELTER', 'POWER_FAILURE', 'WATER_FAILURE', 'FUEL_DISRUPTION', 'INDUSTRIAL_ACTION', 'MASS_GATHERING', 'OTHER'`;

/**
 * The EPRR hazards besides cyber (business continuity, adverse weather, mass casualty,
 * CBRN/HAZMAT, infectious disease, evacuation, utilities, fuel, industrial action, mass
 * gatherings) become incident categories: the runbook's CHECK (unnamed until now) is
 * replaced by a named one listing them, and published versions get the same check.
 */
export class AddedEprrHazardCategories1764316801200 implements MigrationInterface {
  name = 'AddedEprrHazardCategories1764316801200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE runbook
        DROP CONSTRAINT runbook_categories_check,
        ADD CONSTRAINT runbook_categories_known CHECK (cardinality(categories) >= 1 AND categories <@ ARRAY[${CATEGORIES}]::text[])`);
    await q.query(`
      ALTER TABLE runbook_version
        ADD CONSTRAINT runbook_version_categories_known CHECK (categories <@ ARRAY[${CATEGORIES}]::text[])`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE runbook_version DROP CONSTRAINT runbook_version_categories_known`);
    await q.query(`
      ALTER TABLE runbook
        DROP CONSTRAINT runbook_categories_known,
        ADD CONSTRAINT runbook_categories_check CHECK (cardinality(categories) >= 1 AND categories <@ ARRAY[${BEFORE}]::text[])`);
  }
}
