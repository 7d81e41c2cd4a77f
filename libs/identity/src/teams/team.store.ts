import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { conflictOnDuplicate, sqlRows, Transaction } from '@muster/platform-database';
import { TeamEntity } from './team.entity';

const COLUMNS = { id: true, organisationId: true, name: true, function: true, version: true } as const;
const DUPLICATE = { team_name_unique: 'This organisation already has a team with this name' };

export type TeamRow = Pick<TeamEntity, keyof typeof COLUMNS>;

/** The team table (see OrganisationStore for who takes a manager and who a transaction). */
@Injectable()
export class TeamStore {
  /** A page of an organisation's teams by (name, id), `limit` rows after the key `after`. */
  page(
    manager: EntityManager,
    organisationId: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<TeamRow[]> {
    const qb = manager
      .createQueryBuilder(TeamEntity, 't')
      .select(Object.keys(COLUMNS).map((c) => `t.${c}`))
      .where('t.organisationId = :organisationId', { organisationId })
      .orderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(limit);
    if (after) qb.andWhere('(t.name, t.id) > (:name, :id)', { name: after[0], id: after[1] });
    return qb.getMany();
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<TeamRow[]> {
    return manager.find(TeamEntity, { select: COLUMNS, where: { id: In([...ids]) } });
  }

  /** Every team of these organisations, by name. */
  ofOrganisations(manager: EntityManager, organisationIds: readonly string[]): Promise<TeamRow[]> {
    return manager.find(TeamEntity, {
      select: COLUMNS,
      where: { organisationId: In([...organisationIds]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** The team if it is one of the organisation's: a team of another organisation is not. */
  findInOrganisation(
    manager: EntityManager,
    id: string,
    organisationId: string,
  ): Promise<Pick<TeamRow, 'id' | 'name'> | null> {
    return manager.findOne(TeamEntity, { select: { id: true, name: true }, where: { id, organisationId } });
  }

  /** The team, locked until the transaction ends, with its organisation's name (for the audit summary). */
  async lock(tx: Transaction, id: string): Promise<(TeamRow & { organisationName: string }) | null> {
    const [row] = await sqlRows<TeamRow & { organisationName: string }>(
      tx.manager,
      `SELECT t.id, t.organisation_id AS "organisationId", t.name, t.function, t.version, o.name AS "organisationName"
         FROM team t JOIN organisation o ON o.id = t.organisation_id WHERE t.id = $1 FOR UPDATE OF t`,
      [id],
    );
    return row ?? null;
  }

  async insert(tx: Transaction, values: Pick<TeamEntity, 'organisationId' | 'name' | 'function'>): Promise<TeamRow> {
    const row = tx.manager.create(TeamEntity, { ...values, createdAt: tx.now, updatedAt: tx.now });
    await tx.manager.insert(TeamEntity, row).catch(conflictOnDuplicate(DUPLICATE));
    return row;
  }

  /** Renames a team this transaction locked (see lock), and returns it as it now is. */
  async rename(tx: Transaction, locked: TeamRow, name: string): Promise<TeamRow> {
    await tx.manager
      .update(TeamEntity, { id: locked.id }, { name, updatedAt: tx.now, version: () => 'version + 1' })
      .catch(conflictOnDuplicate(DUPLICATE));
    return {
      id: locked.id,
      organisationId: locked.organisationId,
      name,
      function: locked.function,
      version: locked.version + 1,
    };
  }
}
