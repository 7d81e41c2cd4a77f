import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { OrganisationScope, Role } from '@muster/platform-access';
import { conflictOnDuplicate, sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { MembershipEntity } from './membership.entity';

const COLUMNS = { id: true, userId: true, organisationId: true, teamId: true, role: true, grantedAt: true } as const;

export type MembershipRow = Pick<MembershipEntity, keyof typeof COLUMNS>;

/** The membership table (see OrganisationStore for who takes a manager and who a transaction). */
@Injectable()
export class MembershipStore {
  /** The memberships of these people, in the organisations of `scope`, oldest first. */
  ofUsers(manager: EntityManager, userIds: readonly string[], scope: OrganisationScope): Promise<MembershipRow[]> {
    return manager.find(MembershipEntity, {
      select: COLUMNS,
      where: { userId: In([...userIds]), ...(scope.all ? {} : { organisationId: In(scope.ids) }) },
      order: { grantedAt: 'ASC', id: 'ASC' },
    });
  }

  /** `duplicate` is the CONFLICT's message when the person already holds the role there. */
  async insert(
    tx: Transaction,
    values: Pick<MembershipEntity, 'userId' | 'organisationId' | 'teamId' | 'role' | 'grantedBy'>,
    duplicate: string,
  ): Promise<MembershipRow> {
    const row = tx.manager.create(MembershipEntity, { ...values, grantedAt: tx.now });
    await tx.manager.insert(MembershipEntity, row).catch(conflictOnDuplicate({ membership_unique: duplicate }));
    return row;
  }

  /** Deletes the person's role in the organisation; what it was, or null when they did not hold it. */
  async remove(
    tx: Transaction,
    userId: string,
    organisationId: string,
    role: Role,
  ): Promise<Pick<MembershipRow, 'id' | 'teamId'> | null> {
    const { rows } = await sqlChange<Pick<MembershipRow, 'id' | 'teamId'>>(
      tx.manager,
      `DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2 AND role = $3 RETURNING id, team_id AS "teamId"`,
      [userId, organisationId, role],
    );
    return rows[0] ?? null;
  }

  /**
   * How many active system administrators there are besides `userId`. The SYSTEM_ADMIN
   * memberships are locked first, so two changes that could each remove the last one run
   * one after the other and cannot both pass.
   */
  async otherActiveSystemAdmins(tx: Transaction, userId: string): Promise<number> {
    await sqlRows<{ id: string }>(
      tx.manager,
      `SELECT id FROM membership WHERE role = 'SYSTEM_ADMIN' ORDER BY id FOR UPDATE`,
    );
    const [{ others }] = await sqlRows<{ others: number }>(
      tx.manager,
      `SELECT count(DISTINCT m.user_id)::int AS others FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.role = 'SYSTEM_ADMIN' AND u.active AND m.user_id <> $1`,
      [userId],
    );
    return others;
  }

  /** Whether an active SYSTEM_ADMIN exists (with that email, if given). */
  async hasActiveSystemAdmin(manager: EntityManager, email?: string): Promise<boolean> {
    const rows = await sqlRows<{ found: number }>(
      manager,
      `SELECT 1 AS found FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.role = 'SYSTEM_ADMIN' AND u.active AND ($1::text IS NULL OR u.email = $1) LIMIT 1`,
      [email ?? null],
    );
    return rows.length > 0;
  }
}
