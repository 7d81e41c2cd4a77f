import { MigrationInterface, QueryRunner } from 'typeorm';

// AssessmentStatus and AssuranceRating (libs/assurance/src/assessments), which a migration cannot import.
const STATUSES = `'DRAFT', 'SUBMITTED', 'CONFIRMED', 'PUBLISHED'`;
const RATINGS = `'FULLY_COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT', 'ACHIEVED', 'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED'`;

/**
 * Assessments: one organisation × one framework version × a period, DRAFT → SUBMITTED →
 * CONFIRMED (confirm and challenge; or returned to DRAFT with comments) → PUBLISHED. Each
 * applicable requirement has a row: its rating, evidence, owner and — when not fully met —
 * the gap (planned improvement, target date). A confirmed or published assessment and its
 * ratings never change (the triggers, besides the service): publishing is the only move
 * left to a confirmed one.
 */
export class CreatedAssuranceAssessments1764316801710 implements MigrationInterface {
  name = 'CreatedAssuranceAssessments1764316801710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assurance_assessment (
        id                      uuid PRIMARY KEY,
        organisation_id         uuid NOT NULL REFERENCES organisation (id),
        framework_id            uuid NOT NULL REFERENCES assurance_framework (id),
        period                  text NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
        status                  text NOT NULL CHECK (status IN (${STATUSES})),
        previous_assessment_id  uuid REFERENCES assurance_assessment (id),
        return_comment          text NOT NULL DEFAULT '' CHECK (length(return_comment) <= 4000),
        created_by              uuid REFERENCES app_user (id),
        submitted_at            timestamptz,
        confirmed_at            timestamptz,
        confirmed_by            uuid REFERENCES app_user (id),
        published_at            timestamptz,
        created_at              timestamptz NOT NULL,
        updated_at              timestamptz NOT NULL,
        version                 int NOT NULL DEFAULT 1,
        CONSTRAINT assurance_assessment_once UNIQUE (organisation_id, framework_id, period)
      )`);
    await q.query(
      `CREATE INDEX assurance_assessment_of_framework ON assurance_assessment (framework_id, organisation_id)`,
    );
    await q.query(
      `CREATE INDEX assurance_assessment_of_organisation ON assurance_assessment (organisation_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE assurance_rating (
        id               uuid PRIMARY KEY,
        assessment_id    uuid NOT NULL REFERENCES assurance_assessment (id),
        requirement_id   uuid NOT NULL REFERENCES assurance_requirement (id),
        rating           text CHECK (rating IN (${RATINGS})),
        evidence         text NOT NULL DEFAULT '' CHECK (length(evidence) <= 8000),
        evidence_links   text[] NOT NULL DEFAULT '{}',
        owner_user_id    uuid REFERENCES app_user (id),
        improvement      text NOT NULL DEFAULT '' CHECK (length(improvement) <= 4000),
        target_date      date,
        rated_at         timestamptz,
        CONSTRAINT assurance_rating_once UNIQUE (assessment_id, requirement_id)
      )`);
    await q.query(`
      CREATE FUNCTION assurance_assessment_keep_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND OLD.status IN ('CONFIRMED', 'PUBLISHED') THEN
          RAISE EXCEPTION 'a % assessment is immutable', lower(OLD.status) USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND (OLD.status = 'PUBLISHED'
            OR (OLD.status = 'CONFIRMED' AND (NEW.status <> 'PUBLISHED'
                OR (to_jsonb(NEW) - 'status' - 'published_at' - 'updated_at' - 'version')
                   IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'published_at' - 'updated_at' - 'version')))) THEN
          RAISE EXCEPTION 'a % assessment is immutable', lower(OLD.status) USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER assurance_assessment_immutable BEFORE UPDATE OR DELETE ON assurance_assessment
      FOR EACH ROW EXECUTE FUNCTION assurance_assessment_keep_confirmed()`);
    await q.query(`
      CREATE FUNCTION assurance_rating_keep_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        state text;
      BEGIN
        SELECT status INTO state FROM assurance_assessment
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id ELSE NEW.assessment_id END;
        IF state IN ('CONFIRMED', 'PUBLISHED') THEN
          RAISE EXCEPTION 'the ratings of a % assessment are immutable', lower(state) USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER assurance_rating_immutable BEFORE INSERT OR UPDATE OR DELETE ON assurance_rating
      FOR EACH ROW EXECUTE FUNCTION assurance_rating_keep_confirmed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assurance_rating, assurance_assessment`);
    await q.query(`DROP FUNCTION assurance_rating_keep_confirmed(), assurance_assessment_keep_confirmed()`);
  }
}
