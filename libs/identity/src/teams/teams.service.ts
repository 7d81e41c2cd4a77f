import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, PageArgs, toConnection } from '@muster/platform-graphql';
import { changedFields } from '../directory/changes';
import { DirectoryAccess } from '../directory/directory.access';
import { IdentityAudit } from '../identity.audit';
import { toTeam } from '../identity.mappers';
import { OrganisationStore } from '../organisations/organisation.store';
import { CreateTeamInput, UpdateTeamInput } from './team.inputs';
import { TeamStore } from './team.store';
import { Team } from './team.types';

// Keyset on (name, id).
const CURSOR = new KeysetCursor('teams', ['text', 'uuid']);

/** The teams of each organisation (its IG, EPRR, Digital, Cyber/SOC, … functions). */
@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: TeamStore,
    private readonly organisations: OrganisationStore,
  ) {}

  async list(principal: Principal, organisationId: string, page: PageArgs): Promise<Connection<Team>> {
    DirectoryAccess.assertCanSeeTeams(principal, organisationId);
    const manager = this.dataSource.manager;
    if (!(await this.organisations.exists(manager, organisationId))) throw DomainError.notFound('Organisation');
    const rows = await this.store.page(
      manager,
      organisationId,
      page.first + 1,
      page.after ? CURSOR.decode(page.after) : null,
    );
    return toConnection(rows, page.first, CURSOR, (r) => [r.name, r.id], toTeam);
  }

  async create(principal: Principal, input: CreateTeamInput): Promise<Team> {
    DirectoryAccess.assertCanAdminister(principal, input.organisationId, 'Organisation');
    return this.uow.run(
      async (tx) => {
        const organisation = await this.organisations.nameOf(tx.manager, input.organisationId);
        const row = await this.store.insert(tx, {
          organisationId: input.organisationId,
          name: input.name,
          function: input.function,
        });
        tx.record({
          action: IdentityAudit.teamCreated,
          organisationId: input.organisationId,
          entityType: 'team',
          entityId: row.id,
          summary: `Created team ${row.name} (${row.function}) at ${organisation}`,
          changes: { after: { name: row.name, function: row.function } },
        });
        return toTeam(row);
      },
      { actor: principal.actor },
    );
  }

  async update(principal: Principal, input: UpdateTeamInput): Promise<Team> {
    return this.uow.run(
      async (tx) => {
        const current = await this.store.lock(tx, input.id);
        if (!current) throw DomainError.notFound('Team');
        DirectoryAccess.assertCanAdminister(principal, current.organisationId, 'Team');
        if (current.version !== input.version) {
          throw DomainError.conflict('This team was changed by someone else since you read it; reload and try again');
        }
        const row = await this.store.rename(tx, current, input.name);
        tx.record({
          action: IdentityAudit.teamUpdated,
          organisationId: current.organisationId,
          entityType: 'team',
          entityId: current.id,
          summary: `Renamed team ${current.name} to ${row.name} at ${current.organisationName}`,
          changes: changedFields({ name: current.name }, { name: row.name }),
        });
        return toTeam(row);
      },
      { actor: principal.actor },
    );
  }
}
