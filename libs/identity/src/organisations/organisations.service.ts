import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { conflictOnDuplicate, Transaction, UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, PageArgs, toConnection } from '@muster/platform-graphql';
import { changedFields } from '../directory/changes';
import { DirectoryAccess } from '../directory/directory-access';
import { OrganisationEntity } from './organisation.entity';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { Organisation, ORGANISATION_COLUMNS } from './organisation.types';

// Keyset on (name, id).
const CURSOR = new KeysetCursor('organisations', ['text', 'uuid']);
const DUPLICATE = { organisation_ods_code_key: 'An organisation with this ODS code already exists' };

/** The member organisations of the ICS. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Every organisation of the ICS, to any signed-in caller: they are the members of the
   * system and incidents name them, so names and codes are not secret. Their teams and
   * people are scoped (see DirectoryAccess).
   */
  async list(_principal: Principal, page: PageArgs): Promise<Connection<Organisation>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .select(Object.keys(ORGANISATION_COLUMNS).map((c) => `o.${c}`))
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(page.first + 1);
    if (page.after) {
      const [name, id] = CURSOR.decode(page.after);
      qb.where('(o.name, o.id) > (:name, :id)', { name, id });
    }
    const rows = await qb.getMany();
    return toConnection(rows, page.first, CURSOR, (r) => [r.name, r.id], (r) => r);
  }

  async get(_principal: Principal, id: string): Promise<Organisation> {
    const row = await this.dataSource.manager.findOne(OrganisationEntity, { select: ORGANISATION_COLUMNS, where: { id } });
    if (!row) throw DomainError.notFound('Organisation');
    return row;
  }

  async create(principal: Principal, input: CreateOrganisationInput): Promise<Organisation> {
    AccessPolicy.assertSystemAdmin(principal);
    return this.uow.run(
      async (tx) => {
        const [row] = await tx.manager
          .query(
            `INSERT INTO organisation (ods_code, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
             RETURNING id, ods_code AS "odsCode", name, kind, created_at AS "createdAt", version`,
            [input.odsCode, input.name, input.kind, tx.now],
          )
          .catch(conflictOnDuplicate(DUPLICATE));
        tx.record({
          action: 'organisation.created',
          organisationId: row.id,
          entityType: 'organisation',
          entityId: row.id,
          summary: `Created organisation ${row.name} (${row.odsCode})`,
          changes: { after: { odsCode: row.odsCode, name: row.name, kind: row.kind } },
        });
        return row as Organisation;
      },
      { actor: principal.actor },
    );
  }

  async update(principal: Principal, input: UpdateOrganisationInput): Promise<Organisation> {
    if (input.odsCode !== undefined) AccessPolicy.assertSystemAdmin(principal);
    return this.uow.run(
      async (tx) => {
        const current = await lockOrganisation(tx, input.id);
        if (!current) throw DomainError.notFound('Organisation');
        DirectoryAccess.assertCanAdminister(principal, current.id, 'Organisation');
        if (current.version !== input.version) {
          throw DomainError.conflict('This organisation was changed by someone else since you read it; reload and try again');
        }
        const after = { name: input.name ?? current.name, odsCode: input.odsCode ?? current.odsCode };
        const [[row]] = await tx.manager
          .query(
            `UPDATE organisation SET name = $2, ods_code = $3, version = version + 1, updated_at = $4 WHERE id = $1
             RETURNING id, ods_code AS "odsCode", name, kind, created_at AS "createdAt", version`,
            [current.id, after.name, after.odsCode, tx.now],
          )
          .catch(conflictOnDuplicate(DUPLICATE));
        tx.record({
          action: 'organisation.updated',
          organisationId: current.id,
          entityType: 'organisation',
          entityId: current.id,
          summary: `Updated organisation ${row.name} (${row.odsCode})`,
          changes: changedFields({ name: current.name, odsCode: current.odsCode }, after),
        });
        return row as Organisation;
      },
      { actor: principal.actor },
    );
  }
}

async function lockOrganisation(tx: Transaction, id: string): Promise<Organisation | null> {
  const rows = await tx.manager.query(
    `SELECT id, ods_code AS "odsCode", name, kind, created_at AS "createdAt", version FROM organisation WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0] ?? null;
}
