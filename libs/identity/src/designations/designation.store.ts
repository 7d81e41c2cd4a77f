import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { Designation } from './designation';

export interface DesignationRow {
  organisationId: string;
  designation: Designation;
  userId: string;
  displayName: string;
  active: boolean;
  designatedAt: Date;
}

const SELECT = `SELECT d.organisation_id AS "organisationId", d.designation, d.user_id AS "userId",
                       u.display_name AS "displayName", u.active, d.designated_at AS "designatedAt"
                FROM designation d JOIN app_user u ON u.id = d.user_id`;

/** The designation table: who holds which designation in which organisation (raw SQL, no entity). */
@Injectable()
export class DesignationStore {
  /** Every holder of every designation of the organisation, by designation then name. */
  ofOrganisation(manager: EntityManager, organisationId: string): Promise<DesignationRow[]> {
    return sqlRows<DesignationRow>(
      manager,
      `${SELECT} WHERE d.organisation_id = $1 ORDER BY d.designation, u.display_name, u.id`,
      [organisationId],
    );
  }

  /** Locks the organisation's holders of the designation (a change of one designation at a time). */
  lockHolders(tx: Transaction, organisationId: string, designation: Designation): Promise<DesignationRow[]> {
    return sqlRows<DesignationRow>(
      tx.manager,
      `${SELECT} WHERE d.organisation_id = $1 AND d.designation = $2 ORDER BY u.display_name, u.id FOR UPDATE OF d`,
      [organisationId, designation],
    );
  }

  /** The person's name and whether they are an active member of the organisation; null when not a member. */
  async member(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<{ displayName: string; active: boolean } | null> {
    const [row] = await sqlRows<{ displayName: string; active: boolean }>(
      manager,
      `SELECT u.display_name AS "displayName", u.active FROM app_user u
        WHERE u.id = $2 AND EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.organisation_id = $1)`,
      [organisationId, userId],
    );
    return row ?? null;
  }

  async insert(
    tx: Transaction,
    organisationId: string,
    designation: Designation,
    userId: string,
    by: string | null,
  ): Promise<void> {
    await sqlChange(
      tx.manager,
      `INSERT INTO designation (organisation_id, designation, user_id, designated_by, designated_at) VALUES ($1, $2, $3, $4, $5)`,
      [organisationId, designation, userId, by, tx.now],
    );
  }

  /** Removes holders; how many were removed. */
  async remove(
    tx: Transaction,
    organisationId: string,
    designation: Designation,
    userIds: readonly string[],
  ): Promise<number> {
    const { count } = await sqlChange(
      tx.manager,
      `DELETE FROM designation WHERE organisation_id = $1 AND designation = $2 AND user_id = ANY ($3::uuid[])`,
      [organisationId, designation, userIds],
    );
    return count;
  }
}
