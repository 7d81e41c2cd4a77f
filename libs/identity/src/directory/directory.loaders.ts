import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { RequestLoaders, rowsByIds, rowsGroupedByIds } from '@muster/platform-graphql';
import { MembershipEntity } from '../memberships/membership.entity';
import { Membership, MEMBERSHIP_COLUMNS } from '../memberships/membership.types';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation, ORGANISATION_COLUMNS } from '../organisations/organisation.types';
import { TeamEntity } from '../teams/team.entity';
import { Team, TEAM_COLUMNS } from '../teams/team.types';

/** The directory's loaders of one request (see RequestLoaders). */
export interface DirectoryRequestLoaders {
  organisation: DataLoader<string, Organisation | null>;
  team: DataLoader<string, Team | null>;
  /** Null for an organisation whose teams the caller may not see. */
  teamsOfOrganisation: DataLoader<string, Team[] | null>;
  /** Only memberships in organisations the caller can see. */
  membershipsOfUser: DataLoader<string, Membership[]>;
}

/** The directory's DataLoaders, per request and scoped to the caller. */
@Injectable()
export class DirectoryLoaders {
  private readonly loaders = new RequestLoaders((principal: Principal) => this.create(principal));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(ctx: object, principal: Principal): DirectoryRequestLoaders {
    return this.loaders.for(ctx, principal);
  }

  private create(principal: Principal): DirectoryRequestLoaders {
    const m = this.dataSource.manager;
    return {
      organisation: new DataLoader(async (ids) => {
        const rows = await m.find(OrganisationEntity, { select: ORGANISATION_COLUMNS, where: { id: In([...ids]) } });
        return rowsByIds(ids, rows, (r) => r.id);
      }),
      team: new DataLoader(async (ids) => {
        const rows = await m.find(TeamEntity, { select: TEAM_COLUMNS, where: { id: In([...ids]) } });
        return rowsByIds(ids, rows, (r) => r.id);
      }),
      teamsOfOrganisation: new DataLoader(async (ids) => {
        const visible = ids.filter((id) => AccessPolicy.canSeeOrganisation(principal, id));
        const rows = visible.length
          ? await m.find(TeamEntity, { select: TEAM_COLUMNS, where: { organisationId: In(visible) }, order: { name: 'ASC', id: 'ASC' } })
          : [];
        const teams = rowsGroupedByIds(ids, rows, (r) => r.organisationId);
        return ids.map((id, i) => (visible.includes(id) ? teams[i] : null));
      }),
      membershipsOfUser: new DataLoader(async (ids) => {
        const scope = AccessPolicy.organisationScope(principal);
        const rows = await m.find(MembershipEntity, {
          select: MEMBERSHIP_COLUMNS,
          where: { userId: In([...ids]), ...(scope.all ? {} : { organisationId: In(scope.ids) }) },
          order: { grantedAt: 'ASC', id: 'ASC' },
        });
        return rowsGroupedByIds(ids, rows, (r) => r.userId);
      }),
    };
  }
}
