import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'INCIDENT_STEP', 'EXERCISE_FINDING', 'READINESS_GAP', 'INCIDENT_LESSON', 'MANUAL'`;
const ASSURANCE = `'ASSESSMENT_GAP', 'POSTURE_BREACH', 'CYBER_ALERT'`;

/**
 * Assignments raised by assurance: from an assessment gap, a SOC posture breach, or an NHS
 * cyber alert not answered in time — each naming the record it comes from.
 */
export class AddedAssuranceAssignmentSources1764316801630 implements MigrationInterface {
  name = 'AddedAssuranceAssignmentSources1764316801630';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assignment
        DROP CONSTRAINT assignment_source_kind_check,
        ADD CONSTRAINT assignment_source_kind_check CHECK (source_kind IN (${BEFORE}, ${ASSURANCE})),
        ADD CONSTRAINT assignment_assurance_source CHECK (source_kind NOT IN (${ASSURANCE}) OR source_id IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM assignment WHERE source_kind IN (${ASSURANCE})`);
    await q.query(`
      ALTER TABLE assignment
        DROP CONSTRAINT assignment_assurance_source,
        DROP CONSTRAINT assignment_source_kind_check,
        ADD CONSTRAINT assignment_source_kind_check CHECK (source_kind IN (${BEFORE}))`);
  }
}
