import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflictOnDuplicate, sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { UserStanding } from '../directory/directory.access';
import { UserEntity } from './user.entity';

/** Never the password hash or the session version: those stay with sign-in (AccountStore). */
const COLUMNS = { id: true, email: true, displayName: true, active: true, version: true } as const;
const DUPLICATE = { app_user_email_key: 'A user with this email already exists' };

export type UserRow = Pick<UserEntity, keyof typeof COLUMNS>;

/** A person with where they are a member and as what: what administering them is decided on. */
export interface UserRecord extends UserRow, UserStanding {}

// One statement: the person and their memberships, aggregated.
const RECORD = `
  SELECT u.id, u.email, u.display_name AS "displayName", u.active, u.version,
         coalesce(array_agg(DISTINCT m.organisation_id::text) FILTER (WHERE m.id IS NOT NULL), '{}') AS "organisationIds",
         coalesce(array_agg(DISTINCT m.role) FILTER (WHERE m.id IS NOT NULL), '{}') AS roles
    FROM app_user u LEFT JOIN membership m ON m.user_id = u.id`;

/** The app_user table (see OrganisationStore for who takes a manager and who a transaction). */
@Injectable()
export class UserStore {
  /** A page of the people holding any role in the organisation, by (display name, id). */
  membersPage(
    manager: EntityManager,
    organisationId: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<UserRow[]> {
    const qb = manager
      .createQueryBuilder(UserEntity, 'u')
      .select(Object.keys(COLUMNS).map((c) => `u.${c}`))
      .where('EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.organisation_id = :organisationId)', {
        organisationId,
      })
      .orderBy('u.displayName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit);
    if (after) qb.andWhere('(u.displayName, u.id) > (:name, :id)', { name: after[0], id: after[1] });
    return qb.getMany();
  }

  findById(manager: EntityManager, id: string): Promise<UserRow | null> {
    return manager.findOne(UserEntity, { select: COLUMNS, where: { id } });
  }

  async findRecord(manager: EntityManager, id: string): Promise<UserRecord | null> {
    const [row] = await sqlRows<UserRecord>(manager, `${RECORD} WHERE u.id = $1 GROUP BY u.id`, [id]);
    return row ?? null;
  }

  async findRecordByEmail(manager: EntityManager, email: string): Promise<UserRecord | null> {
    const [row] = await sqlRows<UserRecord>(manager, `${RECORD} WHERE u.email = $1 GROUP BY u.id`, [email]);
    return row ?? null;
  }

  /** The record, its row locked until the transaction ends (deactivation, role changes). */
  async lockRecord(tx: Transaction, id: string): Promise<UserRecord | null> {
    // Lock first, then read: the read then sees every change committed before the lock.
    await tx.manager.findOne(UserEntity, { select: { id: true }, where: { id }, lock: { mode: 'pessimistic_write' } });
    return this.findRecord(tx.manager, id);
  }

  async insert(tx: Transaction, values: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash'>): Promise<UserRow> {
    const row = tx.manager.create(UserEntity, { ...values, createdAt: tx.now, updatedAt: tx.now });
    // TypeORM fills in what the database generated (id, active, version) from the INSERT's RETURNING.
    await tx.manager.insert(UserEntity, row).catch(conflictOnDuplicate(DUPLICATE));
    return row;
  }

  /**
   * Sets the (locked) person's mobile number; what it was before, or undefined when it
   * already was this one (nothing changed).
   */
  async setMobileNumber(
    tx: Transaction,
    locked: UserRecord,
    mobileNumber: string | null,
  ): Promise<{ before: string | null; row: UserRow } | undefined> {
    const {
      rows: [changed],
    } = await sqlChange<{ before: string | null }>(
      tx.manager,
      `UPDATE app_user u SET mobile_number = $2, version = u.version + 1, updated_at = $3
         FROM (SELECT id, mobile_number FROM app_user WHERE id = $1) old
        WHERE u.id = old.id AND old.mobile_number IS DISTINCT FROM $2
       RETURNING old.mobile_number AS before`,
      [locked.id, mobileNumber, tx.now],
    );
    return changed && { before: changed.before, row: { ...rowOf(locked), version: locked.version + 1 } };
  }

  /** The mobile numbers of these people, with where they are members (who may see each is decided on it). */
  mobileNumbers(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<(UserStanding & { mobileNumber: string | null })[]> {
    return sqlRows(
      manager,
      `SELECT u.id, u.mobile_number AS "mobileNumber",
              coalesce(array_agg(DISTINCT m.organisation_id::text) FILTER (WHERE m.id IS NOT NULL), '{}') AS "organisationIds",
              coalesce(array_agg(DISTINCT m.role) FILTER (WHERE m.id IS NOT NULL), '{}') AS roles
         FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
        WHERE u.id = ANY($1::uuid[]) AND u.mobile_number IS NOT NULL
        GROUP BY u.id`,
      [ids],
    );
  }

  /** Whether these people have yet to set a password, with where they are members (who may see each is decided on it). */
  awaitingPasswords(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<(UserStanding & { awaitingPassword: boolean })[]> {
    return sqlRows(
      manager,
      `SELECT u.id, u.password_hash IS NULL AS "awaitingPassword",
              coalesce(array_agg(DISTINCT m.organisation_id::text) FILTER (WHERE m.id IS NOT NULL), '{}') AS "organisationIds",
              coalesce(array_agg(DISTINCT m.role) FILTER (WHERE m.id IS NOT NULL), '{}') AS roles
         FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
        WHERE u.id = ANY($1::uuid[])
        GROUP BY u.id`,
      [ids],
    );
  }

  /** Ends the account's access everywhere: the session version moves on, so its tokens stop working. */
  async deactivate(tx: Transaction, locked: UserRecord): Promise<UserRow> {
    await sqlChange(
      tx.manager,
      `UPDATE app_user SET active = false, deactivated_at = $2, session_version = session_version + 1,
         version = version + 1, updated_at = $2 WHERE id = $1`,
      [locked.id, tx.now],
    );
    return { ...rowOf(locked), active: false, version: locked.version + 1 };
  }

  async reactivate(tx: Transaction, locked: UserRecord): Promise<UserRow> {
    await sqlChange(
      tx.manager,
      `UPDATE app_user SET active = true, deactivated_at = NULL, version = version + 1, updated_at = $2 WHERE id = $1`,
      [locked.id, tx.now],
    );
    return { ...rowOf(locked), active: true, version: locked.version + 1 };
  }
}

const rowOf = ({ id, email, displayName, active, version }: UserRecord): UserRow => ({
  id,
  email,
  displayName,
  active,
  version,
});
