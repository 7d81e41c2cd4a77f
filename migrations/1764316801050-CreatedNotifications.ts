import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (libs/notifications), written inside the change that raises them:
 * - `notification`: what was raised, about what, to whom it was addressed (`recipients`,
 *   as asked and as resolved), its text rendered from the kind's template; `dedupe_key`
 *   makes raising idempotent (a reminder job that runs twice raises once);
 * - `notification_inbox`: one row per person, the in-app inbox (read or not);
 * - `notification_delivery`: the outbox of email and webhook deliveries, claimed by the
 *   delivery worker FOR UPDATE SKIP LOCKED with a lease (`locked_until`), retried with
 *   backoff (`next_attempt_at`) up to `max_attempts`;
 * - `notification_preference`: a person's email choice per kind;
 * - `notification_webhook`: a Teams/webhook URL per organisation, or per team of it.
 * Nothing cascades. The application deletes only a removed webhook (deliveries name their
 * target, organisation and team, not the webhook row).
 */
export class CreatedNotifications1764316801050 implements MigrationInterface {
  name = 'CreatedNotifications1764316801050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind             text NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]{2,60}$'),
        organisation_id  uuid REFERENCES organisation (id),
        entity_type      text NOT NULL CHECK (entity_type ~ '^[a-z][a-z_]{1,40}$'),
        entity_id        uuid,
        -- Only the template's whitelisted fields, never free text of the change itself.
        params           jsonb NOT NULL CHECK (jsonb_typeof(params) = 'object'),
        title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body             text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
        urgent           boolean NOT NULL,
        recipients       jsonb NOT NULL CHECK (jsonb_typeof(recipients) = 'object'),
        dedupe_key       text CHECK (length(dedupe_key) BETWEEN 1 AND 300),
        raised_by        uuid,
        raised_by_type   text NOT NULL CHECK (raised_by_type IN ('USER', 'API_KEY', 'SYSTEM')),
        created_at       timestamptz NOT NULL,
        CONSTRAINT notification_dedupe_key UNIQUE (dedupe_key)
      )`);

    await q.query(`
      CREATE TABLE notification_inbox (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id  uuid NOT NULL REFERENCES notification (id),
        user_id          uuid NOT NULL REFERENCES app_user (id),
        created_at       timestamptz NOT NULL,
        read_at          timestamptz,
        CONSTRAINT notification_inbox_once UNIQUE (notification_id, user_id)
      )`);
    // The inbox, newest first; the unread part of it (the badge count and unreadOnly).
    await q.query(`CREATE INDEX notification_inbox_by_user ON notification_inbox (user_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX notification_inbox_unread ON notification_inbox (user_id, created_at DESC, id DESC) WHERE read_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE notification_delivery (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id  uuid NOT NULL REFERENCES notification (id),
        -- Whose admins hear of a failure, and whose webhook a WEBHOOK delivery uses.
        organisation_id  uuid REFERENCES organisation (id),
        channel          text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
        user_id          uuid REFERENCES app_user (id),
        address          text CHECK (length(address) <= 320),
        -- A WEBHOOK delivery goes to the webhook of this team (or, null, the organisation's)
        -- as it is configured when sent, so a corrected URL serves the retries.
        team_id          uuid REFERENCES team (id),
        status           text NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
        attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        max_attempts     integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 50),
        next_attempt_at  timestamptz NOT NULL,
        locked_until     timestamptz,
        last_error       text CHECK (length(last_error) <= 500),
        delivered_at     timestamptz,
        created_at       timestamptz NOT NULL,
        CONSTRAINT notification_delivery_email CHECK (channel <> 'EMAIL' OR (user_id IS NOT NULL AND address IS NOT NULL)),
        CONSTRAINT notification_delivery_webhook CHECK (channel <> 'WEBHOOK' OR organisation_id IS NOT NULL),
        CONSTRAINT notification_delivery_lease CHECK ((status = 'SENDING') = (locked_until IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at, id) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX notification_delivery_leased ON notification_delivery (locked_until) WHERE status = 'SENDING'`,
    );
    await q.query(`CREATE INDEX notification_delivery_of ON notification_delivery (notification_id)`);

    await q.query(`
      CREATE TABLE notification_preference (
        user_id     uuid NOT NULL REFERENCES app_user (id),
        kind        text NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]{2,60}$'),
        email       boolean NOT NULL,
        updated_at  timestamptz NOT NULL,
        PRIMARY KEY (user_id, kind)
      )`);

    await q.query(`
      CREATE TABLE notification_webhook (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        team_id          uuid REFERENCES team (id),
        -- Embeds the receiver's token: never shown whole, never written to the audit trail.
        url              text NOT NULL CHECK (length(url) BETWEEN 10 AND 2000),
        updated_by       uuid REFERENCES app_user (id),
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        CONSTRAINT notification_webhook_target UNIQUE NULLS NOT DISTINCT (organisation_id, team_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_webhook`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification_delivery`);
    await q.query(`DROP TABLE notification_inbox`);
    await q.query(`DROP TABLE notification`);
  }
}
