import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows, Transaction } from '@muster/platform-database';
import { OnCallDuty } from '../duty';
import { LevelJson } from './policy.types';

export interface PolicyRow {
  id: string;
  organisationId: string;
  duty: OnCallDuty;
  levels: LevelJson[];
  repeats: number;
  version: number;
}

const COLUMNS = `p.id, p.organisation_id AS "organisationId", p.duty, p.levels, p.repeats, p.version`;

@Injectable()
export class PolicyStore {
  ofOrganisation(manager: EntityManager, organisationId: string): Promise<PolicyRow[]> {
    return sqlRows<PolicyRow>(
      manager,
      `SELECT ${COLUMNS} FROM oncall_policy p WHERE p.organisation_id = $1 ORDER BY p.duty`,
      [organisationId],
    );
  }

  async one(manager: EntityManager, organisationId: string, duty: OnCallDuty): Promise<PolicyRow | null> {
    const [row] = await sqlRows<PolicyRow>(
      manager,
      `SELECT ${COLUMNS} FROM oncall_policy p WHERE p.organisation_id = $1 AND p.duty = $2`,
      [organisationId, duty],
    );
    return row ?? null;
  }

  async lock(tx: Transaction, organisationId: string, duty: OnCallDuty): Promise<PolicyRow | null> {
    const [row] = await sqlRows<PolicyRow>(
      tx.manager,
      `SELECT ${COLUMNS} FROM oncall_policy p WHERE p.organisation_id = $1 AND p.duty = $2 FOR UPDATE`,
      [organisationId, duty],
    );
    return row ?? null;
  }

  /** Inserts or replaces the levels; the row after. */
  async upsert(
    tx: Transaction,
    organisationId: string,
    duty: OnCallDuty,
    levels: LevelJson[],
    repeats: number,
  ): Promise<PolicyRow> {
    const [row] = await sqlRows<PolicyRow>(
      tx.manager,
      `INSERT INTO oncall_policy AS p (organisation_id, duty, levels, repeats, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $5)
       ON CONFLICT ON CONSTRAINT oncall_policy_organisation_duty DO UPDATE SET
         levels = excluded.levels, repeats = excluded.repeats, version = p.version + 1, updated_at = excluded.updated_at
       RETURNING ${COLUMNS}`,
      [organisationId, duty, JSON.stringify(levels), repeats, tx.now],
    );
    return row;
  }
}
