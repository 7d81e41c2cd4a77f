import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows, Transaction } from '@muster/platform-database';

/** A person's choices for one kind; null where they made none (the kind's default applies). */
export interface Choice {
  email: boolean | null;
  sms: boolean | null;
}

export type Channel = keyof Choice;

/** notification_preference: a person's email and SMS choices per kind (absent: the kind's defaults). */
@Injectable()
export class PreferenceStore {
  async ofUser(manager: EntityManager, userId: string): Promise<Map<string, Choice>> {
    const rows = await sqlRows<Choice & { kind: string }>(
      manager,
      `SELECT kind, email, sms FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.kind, { email: r.email, sms: r.sms }]));
  }

  /** Sets one channel's choice: what it was before (null: the default applied), and the choices now. */
  async set(
    tx: Transaction,
    userId: string,
    kind: string,
    channel: Channel,
    value: boolean,
  ): Promise<{ before: boolean | null; now: Choice }> {
    const column = channel === 'email' ? 'email' : 'sms';
    const [before] = await sqlRows<{ value: boolean | null }>(
      tx.manager,
      `SELECT ${column} AS value FROM notification_preference WHERE user_id = $1 AND kind = $2 FOR UPDATE`,
      [userId, kind],
    );
    const [now] = await sqlRows<Choice>(
      tx.manager,
      `INSERT INTO notification_preference (user_id, kind, ${column}, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind) DO UPDATE SET ${column} = $3, updated_at = $4
       RETURNING email, sms`,
      [userId, kind, value, tx.now],
    );
    return { before: before?.value ?? null, now };
  }
}
