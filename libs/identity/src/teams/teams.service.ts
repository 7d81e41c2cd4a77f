import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { conflictOnDuplicate, UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, PageArgs, toConnection } from '@muster/platform-graphql';
import { changedFields } from '../directory/changes';
import { DirectoryAccess } from '../directory/directory-access';
import { organisationName } from '../directory/directory-queries';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CreateTeamInput, UpdateTeamInput } from './team.inputs';
import { TeamEntity } from './team.entity';
import { Team, TEAM_COLUMNS } from './team.types';

const DUPLICATE = { team_name_unique: 'This organisation already has a team with this name' };
// Keyset on (name, id).
const CURSOR = new KeysetCursor('teams', ['text', 'uuid']);
const RETURNING = `RETURNING id, organisation_id AS "organisationId", name, function, version`;

/** The teams of each organisation (its IG, EPRR, Digital, Cyber/SOC, … functions). */
@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async list(principal: Principal, organisationId: string, page: PageArgs): Promise<Connection<Team>> {
    DirectoryAccess.assertCanSeeTeams(principal, organisationId);
    await this.assertOrganisationExists(organisationId);
    const qb = this.dataSource.manager
      .createQueryBuilder(TeamEntity, 't')
      .select(Object.keys(TEAM_COLUMNS).map((c) => `t.${c}`))
      .where('t.organisationId = :organisationId', { organisationId })
      .orderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(page.first + 1);
    if (page.after) {
      const [name, id] = CURSOR.decode(page.after);
      qb.andWhere('(t.name, t.id) > (:name, :id)', { name, id });
    }
    const rows = await qb.getMany();
    return toConnection(rows, page.first, CURSOR, (r) => [r.name, r.id], (r) => r);
  }

  async create(principal: Principal, input: CreateTeamInput): Promise<Team> {
    DirectoryAccess.assertCanAdminister(principal, input.organisationId, 'Organisation');
    return this.uow.run(
      async (tx) => {
        const organisation = await organisationName(tx, input.organisationId);
        const [row] = await tx.manager
          .query(
            `INSERT INTO team (organisation_id, name, function, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) ${RETURNING}`,
            [input.organisationId, input.name, input.function, tx.now],
          )
          .catch(conflictOnDuplicate(DUPLICATE));
        tx.record({
          action: 'team.created',
          organisationId: input.organisationId,
          entityType: 'team',
          entityId: row.id,
          summary: `Created team ${row.name} (${row.function}) at ${organisation}`,
          changes: { after: { name: row.name, function: row.function } },
        });
        return row as Team;
      },
      { actor: principal.actor },
    );
  }

  async update(principal: Principal, input: UpdateTeamInput): Promise<Team> {
    return this.uow.run(
      async (tx) => {
        const [current] = await tx.manager.query(
          `SELECT t.id, t.organisation_id AS "organisationId", t.name, t.version, o.name AS "organisationName"
           FROM team t JOIN organisation o ON o.id = t.organisation_id WHERE t.id = $1 FOR UPDATE OF t`,
          [input.id],
        );
        if (!current) throw DomainError.notFound('Team');
        DirectoryAccess.assertCanAdminister(principal, current.organisationId, 'Team');
        if (current.version !== input.version) {
          throw DomainError.conflict('This team was changed by someone else since you read it; reload and try again');
        }
        const [[row]] = await tx.manager
          .query(`UPDATE team SET name = $2, version = version + 1, updated_at = $3 WHERE id = $1 ${RETURNING}`, [
            current.id,
            input.name,
            tx.now,
          ])
          .catch(conflictOnDuplicate(DUPLICATE));
        tx.record({
          action: 'team.updated',
          organisationId: current.organisationId,
          entityType: 'team',
          entityId: current.id,
          summary: `Renamed team ${current.name} to ${row.name} at ${current.organisationName}`,
          changes: changedFields({ name: current.name }, { name: row.name }),
        });
        return row as Team;
      },
      { actor: principal.actor },
    );
  }

  private async assertOrganisationExists(id: string): Promise<void> {
    const found = await this.dataSource.manager.exists(OrganisationEntity, { where: { id } });
    if (!found) throw DomainError.notFound('Organisation');
  }
}
