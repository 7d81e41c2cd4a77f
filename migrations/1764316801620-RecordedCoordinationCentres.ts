import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an incident's Incident Coordination Centre (ICC) was stood up: EPRR counts it as the
 * command post exercise of the organisations involved, once lessons are logged with an
 * action plan.
 */
export class RecordedCoordinationCentres1764316801620 implements MigrationInterface {
  name = 'RecordedCoordinationCentres1764316801620';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incident ADD COLUMN coordination_centre_opened_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incident DROP COLUMN coordination_centre_opened_at`);
  }
}
