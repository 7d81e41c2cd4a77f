import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An email delivery may go to an address outside Muster (the NHS England region contact
 * of an incident at level 3 and above): it needs an address, and a person only when it is
 * for one.
 */
export class EmailedAddressesOutsideMuster1764316801310 implements MigrationInterface {
  name = 'EmailedAddressesOutsideMuster1764316801310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_email`);
    await q.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_email CHECK (channel <> 'EMAIL' OR address IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_email`);
    await q.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_email CHECK (channel <> 'EMAIL' OR (user_id IS NOT NULL AND address IS NOT NULL))`,
    );
  }
}
