import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@muster/platform-core';
import { conflictOnDuplicate, Transaction } from '@muster/platform-database';
import { OrganisationKind } from './organisation-kind';
import { OrganisationEntity } from './organisation.entity';

/** The columns an organisation is read with (never the whole row). */
const COLUMNS = { id: true, odsCode: true, name: true, kind: true, createdAt: true, version: true } as const;
const DUPLICATE = { organisation_ods_code_key: 'An organisation with this ODS code already exists' };

export type OrganisationRow = Pick<OrganisationEntity, keyof typeof COLUMNS>;

/**
 * The organisation table. Reads take the manager they run on (a transaction's, or the
 * data source's); writes and locks take the transaction, so they only run inside a unit
 * of work, stamped with its time.
 */
@Injectable()
export class OrganisationStore {
  /** A page by (name, id), `limit` rows after the key `after`. */
  page(manager: EntityManager, limit: number, after: [string, string] | null): Promise<OrganisationRow[]> {
    const qb = manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .select(Object.keys(COLUMNS).map((c) => `o.${c}`))
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(limit);
    if (after) qb.where('(o.name, o.id) > (:name, :id)', { name: after[0], id: after[1] });
    return qb.getMany();
  }

  findById(manager: EntityManager, id: string): Promise<OrganisationRow | null> {
    return manager.findOne(OrganisationEntity, { select: COLUMNS, where: { id } });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<OrganisationRow[]> {
    return manager.find(OrganisationEntity, { select: COLUMNS, where: { id: In([...ids]) } });
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.exists(OrganisationEntity, { where: { id } });
  }

  /** Its name, for an audit summary; NOT_FOUND when there is no such organisation. */
  async nameOf(manager: EntityManager, id: string): Promise<string> {
    const found = await manager.findOne(OrganisationEntity, { select: { id: true, name: true }, where: { id } });
    if (!found) throw DomainError.notFound('Organisation');
    return found.name;
  }

  /** The oldest organisation of this kind, if any (the ICB: the ICS's coordinating organisation). */
  firstOfKind(manager: EntityManager, kind: OrganisationKind): Promise<Pick<OrganisationRow, 'id' | 'name'> | null> {
    return manager.findOne(OrganisationEntity, {
      select: { id: true, name: true },
      where: { kind },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The organisation, locked until the transaction ends (an update reads what it changes). */
  lock(tx: Transaction, id: string): Promise<OrganisationRow | null> {
    return tx.manager.findOne(OrganisationEntity, {
      select: COLUMNS,
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insert(
    tx: Transaction,
    values: Pick<OrganisationEntity, 'odsCode' | 'name' | 'kind'>,
  ): Promise<OrganisationRow> {
    const row = tx.manager.create(OrganisationEntity, { ...values, createdAt: tx.now, updatedAt: tx.now });
    // TypeORM fills in what the database generated (id, version) from the INSERT's RETURNING.
    await tx.manager.insert(OrganisationEntity, row).catch(conflictOnDuplicate(DUPLICATE));
    return row;
  }

  /** Changes a row this transaction locked (see lock), and returns it as it now is. */
  async update(
    tx: Transaction,
    locked: OrganisationRow,
    changes: Pick<OrganisationEntity, 'name' | 'odsCode'>,
  ): Promise<OrganisationRow> {
    await tx.manager
      .update(OrganisationEntity, { id: locked.id }, { ...changes, updatedAt: tx.now, version: () => 'version + 1' })
      .catch(conflictOnDuplicate(DUPLICATE));
    return { ...locked, ...changes, version: locked.version + 1 };
  }

  /** Whether any of these organisations is an ICB (their EPRR lead sees and assures every organisation). */
  async anyIcb(manager: EntityManager, organisationIds: readonly string[]): Promise<boolean> {
    if (organisationIds.length === 0) return false;
    return manager.exists(OrganisationEntity, { where: { id: In([...organisationIds]), kind: OrganisationKind.ICB } });
  }
}
