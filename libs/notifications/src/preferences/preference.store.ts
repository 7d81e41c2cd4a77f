import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows, Transaction } from '@muster/platform-database';

/** notification_preference: a person's email choice per kind (absent: the kind's default). */
@Injectable()
export class PreferenceStore {
  async ofUser(manager: EntityManager, userId: string): Promise<Map<string, boolean>> {
    const rows = await sqlRows<{ kind: string; email: boolean }>(
      manager,
      `SELECT kind, email FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.kind, r.email]));
  }

  /** Sets the choice; what it was before (null: the default applied). */
  async set(tx: Transaction, userId: string, kind: string, email: boolean): Promise<boolean | null> {
    const [before] = await sqlRows<{ email: boolean }>(
      tx.manager,
      `SELECT email FROM notification_preference WHERE user_id = $1 AND kind = $2 FOR UPDATE`,
      [userId, kind],
    );
    await sqlRows(
      tx.manager,
      `INSERT INTO notification_preference (user_id, kind, email, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = $3, updated_at = $4`,
      [userId, kind, email, tx.now],
    );
    return before?.email ?? null;
  }
}
