import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exercises and assignments, created in either order, joined: an assignment's exercise is
 * an exercise (the assignments migration came first and could not say so), and runbook
 * activations are indexed by runbook (readiness: a plan activated on an incident with lessons
 * counts as exercised) and by organisation (exercise compliance: a real activation counts as
 * the live exercise).
 */
export class LinkedExerciseActionsAndActivations1764316801610 implements MigrationInterface {
  name = 'LinkedExerciseActionsAndActivations1764316801610';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE assignment ADD CONSTRAINT assignment_exercise_fkey FOREIGN KEY (exercise_id) REFERENCES exercise (id)`,
    );
    await q.query(`CREATE INDEX runbook_activation_runbook ON runbook_activation (runbook_id)`);
    await q.query(`CREATE INDEX runbook_activation_organisation ON runbook_activation (organisation_id, activated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX runbook_activation_organisation`);
    await q.query(`DROP INDEX runbook_activation_runbook`);
    await q.query(`ALTER TABLE assignment DROP CONSTRAINT assignment_exercise_fkey`);
  }
}
