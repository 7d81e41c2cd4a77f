import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, PageArgs, toConnection } from '@muster/platform-graphql';
import { changedFields } from '../directory/changes';
import { DirectoryAccess } from '../directory/directory.access';
import { IdentityAudit } from '../identity.audit';
import { toOrganisation } from '../identity.mappers';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationStore } from './organisation.store';
import { Organisation } from './organisation.types';

// Keyset on (name, id).
const CURSOR = new KeysetCursor('organisations', ['text', 'uuid']);

/** The member organisations of the ICS. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: OrganisationStore,
  ) {}

  /**
   * Every organisation of the ICS, to any signed-in caller: they are the members of the
   * system and incidents name them, so names and codes are not secret. Their teams and
   * people are scoped (see DirectoryAccess).
   */
  async list(_principal: Principal, page: PageArgs): Promise<Connection<Organisation>> {
    const rows = await this.store.page(
      this.dataSource.manager,
      page.first + 1,
      page.after ? CURSOR.decode(page.after) : null,
    );
    return toConnection(rows, page.first, CURSOR, (r) => [r.name, r.id], toOrganisation);
  }

  /**
   * Whether the caller is EPRR lead of an ICB — who sees and assures every organisation's
   * preparedness (designations, shared services, exercises): one query, only for EPRR leads.
   */
  isIcbEprrLead(principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const leads = principal.grants.filter((g) => g.role === Role.EPRR_LEAD).map((g) => g.organisationId);
    return this.store.anyIcb(manager, leads);
  }

  async get(_principal: Principal, id: string): Promise<Organisation> {
    const row = await this.store.findById(this.dataSource.manager, id);
    if (!row) throw DomainError.notFound('Organisation');
    return toOrganisation(row);
  }

  async create(principal: Principal, input: CreateOrganisationInput): Promise<Organisation> {
    AccessPolicy.assertSystemAdmin(principal);
    return this.uow.run(
      async (tx) => {
        const row = await this.store.insert(tx, { odsCode: input.odsCode, name: input.name, kind: input.kind });
        tx.record({
          action: IdentityAudit.organisationCreated,
          organisationId: row.id,
          entityType: 'organisation',
          entityId: row.id,
          summary: `Created organisation ${row.name} (${row.odsCode})`,
          changes: { after: { odsCode: row.odsCode, name: row.name, kind: row.kind } },
        });
        return toOrganisation(row);
      },
      { actor: principal.actor },
    );
  }

  async update(principal: Principal, input: UpdateOrganisationInput): Promise<Organisation> {
    if (input.odsCode !== undefined) AccessPolicy.assertSystemAdmin(principal);
    return this.uow.run(
      async (tx) => {
        const current = await this.store.lock(tx, input.id);
        if (!current) throw DomainError.notFound('Organisation');
        DirectoryAccess.assertCanAdminister(principal, current.id, 'Organisation');
        if (current.version !== input.version) {
          throw DomainError.conflict(
            'This organisation was changed by someone else since you read it; reload and try again',
          );
        }
        const after = { name: input.name ?? current.name, odsCode: input.odsCode ?? current.odsCode };
        const row = await this.store.update(tx, current, after);
        tx.record({
          action: IdentityAudit.organisationUpdated,
          organisationId: current.id,
          entityType: 'organisation',
          entityId: current.id,
          summary: `Updated organisation ${row.name} (${row.odsCode})`,
          changes: changedFields({ name: current.name, odsCode: current.odsCode }, after),
        });
        return toOrganisation(row);
      },
      { actor: principal.actor },
    );
  }
}
