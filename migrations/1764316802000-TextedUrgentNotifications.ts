import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SMS through GOV.UK Notify for urgent notifications:
 * - `app_user.mobile_number`: a person's UK mobile number, stored normalised (+447…),
 *   null when they gave none. Personal data: the API shows it only to the person, their
 *   organisations' admins and system administrators, and the audit trail never holds it;
 * - `notification_delivery.channel` gains `SMS`: to a person, at the number they had when
 *   the notification was raised;
 * - `notification_preference.sms`: a person's SMS choice per kind (null: the kind's
 *   default), so `email` becomes nullable too (a row may hold only the SMS choice).
 */
export class TextedUrgentNotifications1764316802000 implements MigrationInterface {
  name = 'TextedUrgentNotifications1764316802000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE app_user ADD COLUMN mobile_number text CONSTRAINT app_user_mobile_number CHECK (mobile_number ~ '^\\+447[0-9]{9}$')`,
    );
    await q.query(`ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_channel_check`);
    await q.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_channel_check CHECK (channel IN ('EMAIL', 'WEBHOOK', 'SMS'))`,
    );
    await q.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_sms CHECK (channel <> 'SMS' OR (user_id IS NOT NULL AND address ~ '^\\+447[0-9]{9}$'))`,
    );
    await q.query(`ALTER TABLE notification_preference ADD COLUMN sms boolean`);
    await q.query(`ALTER TABLE notification_preference ALTER COLUMN email DROP NOT NULL`);
    await q.query(
      `ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_some CHECK (email IS NOT NULL OR sms IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_some`);
    await q.query(`DELETE FROM notification_preference WHERE email IS NULL`);
    await q.query(`ALTER TABLE notification_preference ALTER COLUMN email SET NOT NULL`);
    await q.query(`ALTER TABLE notification_preference DROP COLUMN sms`);
    await q.query(`DELETE FROM notification_delivery WHERE channel = 'SMS'`);
    await q.query(`ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_sms`);
    await q.query(`ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_channel_check`);
    await q.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_channel_check CHECK (channel IN ('EMAIL', 'WEBHOOK'))`,
    );
    await q.query(`ALTER TABLE app_user DROP COLUMN mobile_number`);
  }
}
