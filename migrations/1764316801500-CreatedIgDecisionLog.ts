import { MigrationInterface, QueryRunner } from 'typeorm';
import { madeAppendOnly } from './append-only';

const DECISION_TYPES = `'ICO_ART33', 'DATA_SUBJECTS_ART34', 'DSPT_REPORT', 'NIS_NOTIFICATION', 'OTHER'`;
const OUTCOMES = `'REPORTABLE', 'NOT_REPORTABLE', 'DEFERRED_PENDING_FACTS'`;
const CONSULTEES = `'CALDICOTT_GUARDIAN', 'SIRO', 'DPO'`;
const RECIPIENTS = `'ICO', 'DSPT', 'NIS_COMPETENT_AUTHORITY', 'DATA_SUBJECTS', 'SENIOR_MANAGEMENT'`;
/** Written once, never changed: the IG decision log is evidence. */
const IMMUTABLE = ['ig_thread', 'ig_decision', 'ig_notification'];

/**
 * The IG decision log (UK GDPR Art. 33/34, DSPT, NIS): one thread per incident and affected
 * organisation (each its own data controller) with its awareness time and clocks; the
 * decisions of a thread, each immutable — a correction is a new row naming the one it
 * supersedes (`supersedes_decision_id`, unique: a decision is superseded at most once), so
 * no row is ever updated; and the notifications made (ICO, DSPT, NIS competent authority,
 * data subjects, senior management), in phases (Art. 33(4)).
 *
 * Every table refuses UPDATE, DELETE and TRUNCATE by trigger (even for the owner) and the
 * application role may only read and append. Changes take a transaction-scoped advisory
 * lock (not SELECT … FOR UPDATE, which the application role may not take without UPDATE).
 */
export class CreatedIgDecisionLog1764316801500 implements MigrationInterface {
  name = 'CreatedIgDecisionLog1764316801500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ig_thread (
        id                               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id                      uuid NOT NULL REFERENCES incident (id),
        organisation_id                  uuid NOT NULL REFERENCES organisation (id),
        detected_at                      timestamptz NOT NULL,
        awareness_at                     timestamptz NOT NULL,
        deadline_at                      timestamptz NOT NULL,
        senior_management_due_at         timestamptz NOT NULL,
        processor_name                   text CHECK (length(processor_name) BETWEEN 1 AND 200),
        processor_due_at                 timestamptz,
        processor_told_controller_at     timestamptz,
        opened_by                        uuid REFERENCES app_user (id),
        opened_at                        timestamptz NOT NULL,
        CONSTRAINT ig_thread_one_per_organisation UNIQUE (incident_id, organisation_id),
        CONSTRAINT ig_thread_detected_first CHECK (detected_at <= awareness_at),
        CONSTRAINT ig_thread_deadline_after CHECK (deadline_at > awareness_at),
        CONSTRAINT ig_thread_processor CHECK (
          (processor_name IS NULL AND processor_due_at IS NULL AND processor_told_controller_at IS NULL)
          OR (processor_name IS NOT NULL AND processor_due_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ig_thread_by_organisation ON ig_thread (organisation_id, deadline_at)`);
    await q.query(`CREATE INDEX ig_thread_by_deadline ON ig_thread (deadline_at, id)`);

    await q.query(`
      CREATE TABLE ig_decision (
        id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id                   uuid NOT NULL REFERENCES ig_thread (id),
        seq                         bigint GENERATED ALWAYS AS IDENTITY,
        type                        text NOT NULL CHECK (type IN (${DECISION_TYPES})),
        outcome                     text NOT NULL CHECK (outcome IN (${OUTCOMES})),
        review_at                   timestamptz,
        data_categories             text[] NOT NULL CHECK (cardinality(data_categories) <= 30),
        special_category            boolean NOT NULL,
        children_or_vulnerable      boolean NOT NULL,
        approx_data_subjects        integer NOT NULL CHECK (approx_data_subjects >= 0),
        approx_records              integer NOT NULL CHECK (approx_records >= 0),
        likelihood                  integer NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        severity                    integer NOT NULL CHECK (severity BETWEEN 1 AND 5),
        suggested_reportable        boolean NOT NULL,
        against_suggestion_reason   text CHECK (length(against_suggestion_reason) BETWEEN 3 AND 4000),
        rationale                   text NOT NULL CHECK (length(rationale) BETWEEN 3 AND 8000),
        legal_basis                 text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 2000),
        consulted                   text[] NOT NULL CHECK (consulted <@ ARRAY[${CONSULTEES}]::text[]),
        consultation_notes          text CHECK (length(consultation_notes) BETWEEN 1 AND 4000),
        decided_by                  uuid NOT NULL REFERENCES app_user (id),
        decided_at                  timestamptz NOT NULL,
        recorded_at                 timestamptz NOT NULL,
        supersedes_decision_id      uuid REFERENCES ig_decision (id),
        supersede_reason            text CHECK (length(supersede_reason) BETWEEN 3 AND 4000),
        CONSTRAINT ig_decision_supersedes_once UNIQUE (supersedes_decision_id),
        CONSTRAINT ig_decision_supersede_has_reason CHECK ((supersedes_decision_id IS NULL) = (supersede_reason IS NULL)),
        CONSTRAINT ig_decision_deferred_has_review CHECK (outcome <> 'DEFERRED_PENDING_FACTS' OR review_at IS NOT NULL),
        CONSTRAINT ig_decision_against_suggestion CHECK (
          against_suggestion_reason IS NOT NULL OR outcome = 'DEFERRED_PENDING_FACTS'
          OR (outcome = 'REPORTABLE') = suggested_reportable)
      )`);
    await q.query(`CREATE INDEX ig_decision_by_thread ON ig_decision (thread_id, seq)`);

    // A superseding decision belongs to the same thread and type as the one it supersedes.
    await q.query(`
      CREATE FUNCTION ig_decision_check_supersedes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.supersedes_decision_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM ig_decision d
           WHERE d.id = NEW.supersedes_decision_id AND d.thread_id = NEW.thread_id AND d.type = NEW.type) THEN
          RAISE EXCEPTION 'ig_decision % supersedes a decision of another thread or type', NEW.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ig_decision_supersedes_same_thread BEFORE INSERT ON ig_decision
      FOR EACH ROW EXECUTE FUNCTION ig_decision_check_supersedes()`);

    await q.query(`
      CREATE TABLE ig_notification (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id           uuid NOT NULL REFERENCES ig_thread (id),
        recipient           text NOT NULL CHECK (recipient IN (${RECIPIENTS})),
        phase               integer NOT NULL CHECK (phase >= 1),
        decision_id         uuid REFERENCES ig_decision (id),
        notified_at         timestamptz NOT NULL,
        external_reference  text CHECK (length(external_reference) BETWEEN 1 AND 200),
        details             text CHECK (length(details) BETWEEN 1 AND 4000),
        late                boolean NOT NULL,
        delay_reason        text CHECK (length(delay_reason) BETWEEN 3 AND 4000),
        recorded_by         uuid REFERENCES app_user (id),
        recorded_at         timestamptz NOT NULL,
        CONSTRAINT ig_notification_phase UNIQUE (thread_id, recipient, phase),
        CONSTRAINT ig_notification_late_has_reason CHECK (NOT late OR delay_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ig_notification_by_thread ON ig_notification (thread_id, recipient, phase)`);

    await madeAppendOnly(q, 'ig_log_refuse_change', 'immutable (the IG decision log)', IMMUTABLE);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ig_notification`);
    await q.query(`DROP TABLE ig_decision`);
    await q.query(`DROP TABLE ig_thread`);
    await q.query(`DROP FUNCTION ig_log_refuse_change()`);
    await q.query(`DROP FUNCTION ig_decision_check_supersedes()`);
  }
}
