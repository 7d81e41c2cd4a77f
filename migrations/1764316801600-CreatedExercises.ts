import { MigrationInterface, QueryRunner } from 'typeorm';
import { madeAppendOnly } from './append-only';

// ExerciseType and ExerciseTheme (libs/exercises/src/exercises/exercise-enums.ts), which a migration cannot import.
const TYPES = `'COMMUNICATIONS', 'TABLE_TOP', 'LIVE_PLAY', 'COMMAND_POST'`;
const APPEND_ONLY = ['exercise_participant', 'exercise_runbook', 'exercise_finding'];
const THEMES = `'CASUALTY_AND_MASS_CASUALTY', 'HAZMAT_AND_CBRN', 'BUSINESS_CONTINUITY', 'CYBER_AND_DIGITAL',
  'INFECTIOUS_DISEASE_AND_PANDEMICS', 'ADVERSE_WEATHER', 'SECURITY_SHELTER_AND_EVACUATION'`;

/**
 * Exercises (EPRR Framework): an exercise an organisation ran, when, of which type and
 * theme, with the organisations that took part, the runbooks it exercised (the version in
 * force then) and its findings — lessons identified, each of which may raise assignments.
 * Participants, runbooks and findings are appended, never changed: the record of an
 * exercise is evidence for the annual assurance.
 */
export class CreatedExercises1764316801600 implements MigrationInterface {
  name = 'CreatedExercises1764316801600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exercise (
        id                          uuid PRIMARY KEY,
        type                        text NOT NULL CHECK (type IN (${TYPES})),
        theme                       text NOT NULL CHECK (theme IN (${THEMES})),
        title                       text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        scenario                    text NOT NULL DEFAULT '' CHECK (length(scenario) <= 8000),
        held_at                     timestamptz NOT NULL,
        organising_organisation_id  uuid NOT NULL REFERENCES organisation (id),
        recorded_by                 uuid REFERENCES app_user (id),
        created_at                  timestamptz NOT NULL,
        updated_at                  timestamptz NOT NULL,
        version                     int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX exercise_held ON exercise (held_at DESC, id DESC)`);
    await q.query(`CREATE INDEX exercise_organiser ON exercise (organising_organisation_id)`);
    await q.query(`
      CREATE TABLE exercise_participant (
        exercise_id      uuid NOT NULL REFERENCES exercise (id),
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        added_at         timestamptz NOT NULL,
        CONSTRAINT exercise_participant_pkey PRIMARY KEY (exercise_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX exercise_participant_organisation ON exercise_participant (organisation_id)`);
    await q.query(`
      CREATE TABLE exercise_runbook (
        exercise_id      uuid NOT NULL REFERENCES exercise (id),
        runbook_id       uuid NOT NULL REFERENCES runbook (id),
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        version_number   int,
        added_at         timestamptz NOT NULL,
        CONSTRAINT exercise_runbook_pkey PRIMARY KEY (exercise_id, runbook_id)
      )`);
    await q.query(`CREATE INDEX exercise_runbook_runbook ON exercise_runbook (runbook_id)`);
    await q.query(`
      CREATE TABLE exercise_finding (
        id               uuid PRIMARY KEY,
        exercise_id      uuid NOT NULL REFERENCES exercise (id),
        organisation_id  uuid REFERENCES organisation (id),
        title            text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        detail           text NOT NULL DEFAULT '' CHECK (length(detail) <= 4000),
        recorded_by      uuid REFERENCES app_user (id),
        recorded_at      timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX exercise_finding_of_exercise ON exercise_finding (exercise_id, recorded_at)`);
    await madeAppendOnly(q, 'exercise_record_refuse_change', 'append-only', APPEND_ONLY);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE exercise_finding, exercise_runbook, exercise_participant, exercise`);
    await q.query(`DROP FUNCTION exercise_record_refuse_change()`);
  }
}
