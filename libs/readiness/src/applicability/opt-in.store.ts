import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { IncidentCategory } from '@muster/runbooks';

export interface OptInRow {
  category: IncidentCategory;
  optedInBy: string | null;
  optedInAt: Date;
}

/** The readiness_opt_in table (raw SQL, no entity). */
@Injectable()
export class OptInStore {
  ofOrganisation(manager: EntityManager, organisationId: string): Promise<OptInRow[]> {
    return sqlRows<OptInRow>(
      manager,
      `SELECT category, opted_in_by AS "optedInBy", opted_in_at AS "optedInAt" FROM readiness_opt_in WHERE organisation_id = $1`,
      [organisationId],
    );
  }

  /** The organisation's name and kind, its row locked so that opt-ins of one organisation change one at a time; null when it does not exist. */
  async lockOrganisation(tx: Transaction, organisationId: string): Promise<{ name: string; kind: string } | null> {
    const [row] = await sqlRows<{ name: string; kind: string }>(
      tx.manager,
      `SELECT name, kind FROM organisation WHERE id = $1 FOR UPDATE`,
      [organisationId],
    );
    return row ?? null;
  }

  async organisationKind(manager: EntityManager, organisationId: string): Promise<string | null> {
    const [row] = await sqlRows<{ kind: string }>(manager, `SELECT kind FROM organisation WHERE id = $1`, [
      organisationId,
    ]);
    return row?.kind ?? null;
  }

  async insert(tx: Transaction, organisationId: string, category: IncidentCategory, by: string | null): Promise<void> {
    await sqlChange(
      tx.manager,
      `INSERT INTO readiness_opt_in (organisation_id, category, opted_in_by, opted_in_at) VALUES ($1, $2, $3, $4)`,
      [organisationId, category, by, tx.now],
    );
  }

  /** Whether there was an opt-in to remove. */
  async remove(tx: Transaction, organisationId: string, category: IncidentCategory): Promise<boolean> {
    const { count } = await sqlChange(
      tx.manager,
      `DELETE FROM readiness_opt_in WHERE organisation_id = $1 AND category = $2`,
      [organisationId, category],
    );
    return count > 0;
  }

  async anyIcb(manager: EntityManager, organisationIds: readonly string[]): Promise<boolean> {
    if (organisationIds.length === 0) return false;
    const rows = await sqlRows<{ one: number }>(
      manager,
      `SELECT 1 AS one FROM organisation WHERE id = ANY ($1::uuid[]) AND kind = 'ICB' LIMIT 1`,
      [organisationIds],
    );
    return rows.length > 0;
  }
}
