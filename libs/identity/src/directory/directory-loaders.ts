import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { MembershipEntity } from '../memberships/membership.entity';
import { Membership, MEMBERSHIP_COLUMNS } from '../memberships/membership.types';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation, ORGANISATION_COLUMNS } from '../organisations/organisation.types';
import { TeamEntity } from '../teams/team.entity';
import { Team, TEAM_COLUMNS } from '../teams/team.types';

/** The loaders of one request: each nested field costs one query per request, whatever the page size. */
export interface RequestLoaders {
  organisation: DataLoader<string, Organisation | null>;
  team: DataLoader<string, Team | null>;
  /** Null for an organisation whose teams the caller may not see. */
  teamsOfOrganisation: DataLoader<string, Team[] | null>;
  /** Only memberships in organisations the caller can see. */
  membershipsOfUser: DataLoader<string, Membership[]>;
}

/**
 * Builds DataLoaders per request (keyed by the GraphQL context object, so they live and
 * die with it) and scoped to the caller, so batching never crosses callers.
 */
@Injectable()
export class DirectoryLoaders {
  private readonly byRequest = new WeakMap<object, RequestLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object, principal: Principal): RequestLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = this.create(principal);
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private create(principal: Principal): RequestLoaders {
    const m = this.dataSource.manager;
    return {
      organisation: new DataLoader(async (ids) => {
        const rows = await m.find(OrganisationEntity, { select: ORGANISATION_COLUMNS, where: { id: In([...ids]) } });
        return pick(ids, rows, (r) => r.id);
      }),
      team: new DataLoader(async (ids) => {
        const rows = await m.find(TeamEntity, { select: TEAM_COLUMNS, where: { id: In([...ids]) } });
        return pick(ids, rows, (r) => r.id);
      }),
      teamsOfOrganisation: new DataLoader(async (ids) => {
        const visible = ids.filter((id) => AccessPolicy.canSeeOrganisation(principal, id));
        const rows = visible.length
          ? await m.find(TeamEntity, { select: TEAM_COLUMNS, where: { organisationId: In(visible) }, order: { name: 'ASC', id: 'ASC' } })
          : [];
        return ids.map((id) => (visible.includes(id) ? rows.filter((r) => r.organisationId === id) : null));
      }),
      membershipsOfUser: new DataLoader(async (ids) => {
        const scope = AccessPolicy.organisationScope(principal);
        const rows = await m.find(MembershipEntity, {
          select: MEMBERSHIP_COLUMNS,
          where: { userId: In([...ids]), ...(scope.all ? {} : { organisationId: In(scope.ids) }) },
          order: { grantedAt: 'ASC', id: 'ASC' },
        });
        return ids.map((id) => rows.filter((r) => r.userId === id));
      }),
    };
  }
}

function pick<T>(ids: readonly string[], rows: T[], key: (row: T) => string): (T | null)[] {
  const byId = new Map(rows.map((r) => [key(r), r]));
  return ids.map((id) => byId.get(id) ?? null);
}
