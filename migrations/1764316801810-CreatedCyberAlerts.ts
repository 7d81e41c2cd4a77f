import { MigrationInterface, QueryRunner } from 'typeorm';
import { madeAppendOnly } from './append-only';

/**
 * NHS cyber alerts, as the "respond to an NHS cyber alert" service works: the SOC records
 * an alert once (`cyber_alert`, its NHS reference unique), with one response per
 * organisation it goes to (`cyber_alert_response`) that the organisation moves RECEIVED →
 * ACKNOWLEDGED → APPLICABILITY_STATED → CLOSED. Deadlines are stamped on the response when
 * the alert is recorded (a high-severity one acknowledged within CYBER_ALERT_ACK_HOURS; the
 * first update CYBER_ALERT_FIRST_UPDATE_DAYS after issue); an overdue response names the
 * one assignment it raised. Progress updates are append-only, for the owner too.
 */
export class CreatedCyberAlerts1764316801810 implements MigrationInterface {
  name = 'CreatedCyberAlerts1764316801810';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cyber_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL CHECK (reference ~ '^CC-[0-9]{1,6}$'),
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
        severity text NOT NULL CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW')),
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 4000),
        issued_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        recorded_by_organisation_id uuid NOT NULL REFERENCES organisation (id),
        CONSTRAINT cyber_alert_reference UNIQUE (reference),
        CHECK (issued_at <= recorded_at)
      )`);
    await q.query(`CREATE INDEX cyber_alert_issued ON cyber_alert (issued_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE cyber_alert_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES cyber_alert (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        state text NOT NULL DEFAULT 'RECEIVED'
          CHECK (state IN ('RECEIVED', 'ACKNOWLEDGED', 'APPLICABILITY_STATED', 'CLOSED')),
        received_at timestamptz NOT NULL,
        ack_due_at timestamptz,
        first_update_due_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES app_user (id),
        applicable boolean,
        applicability_words text CHECK (char_length(applicability_words) <= 2000),
        applicability_stated_at timestamptz,
        applicability_stated_by uuid REFERENCES app_user (id),
        first_update_at timestamptz,
        update_count integer NOT NULL DEFAULT 0 CHECK (update_count >= 0),
        closed_at timestamptz,
        closed_by uuid REFERENCES app_user (id),
        closing_words text CHECK (char_length(closing_words) <= 2000),
        overdue_assignment_id uuid REFERENCES assignment (id),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        CONSTRAINT cyber_alert_response_alert_organisation UNIQUE (alert_id, organisation_id),
        CHECK ((state = 'RECEIVED') = (acknowledged_at IS NULL)),
        CHECK ((state IN ('APPLICABILITY_STATED', 'CLOSED')) = (applicable IS NOT NULL)),
        CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
        CHECK ((update_count = 0) = (first_update_at IS NULL))
      )`);
    await q.query(`CREATE INDEX cyber_alert_response_organisation ON cyber_alert_response (organisation_id, state)`);
    await q.query(`
      CREATE TABLE cyber_alert_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        response_id uuid NOT NULL REFERENCES cyber_alert_response (id),
        words text NOT NULL CHECK (char_length(words) BETWEEN 3 AND 4000),
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX cyber_alert_update_response ON cyber_alert_update (response_id, recorded_at, id)`);
    await madeAppendOnly(q, 'cyber_alert_update_append_only', 'append-only', ['cyber_alert_update']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cyber_alert_update`);
    await q.query(`DROP FUNCTION cyber_alert_update_append_only()`);
    await q.query(`DROP TABLE cyber_alert_response`);
    await q.query(`DROP TABLE cyber_alert`);
  }
}
