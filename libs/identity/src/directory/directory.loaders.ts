import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { type GraphqlContext, RequestLoaders, rowsByIds, rowsGroupedByIds } from '@muster/platform-graphql';
import { toMembership, toOrganisation, toTeam } from '../identity.mappers';
import { MembershipStore } from '../memberships/membership.store';
import { Membership } from '../memberships/membership.types';
import { OrganisationStore } from '../organisations/organisation.store';
import { Organisation } from '../organisations/organisation.types';
import { TeamStore } from '../teams/team.store';
import { UserStore } from '../users/user.store';
import { DirectoryAccess } from './directory.access';
import { Team } from '../teams/team.types';

/** The directory's loaders of one request (see RequestLoaders). */
export interface DirectoryRequestLoaders {
  /** Of a membership or grant: it always exists (a foreign key). */
  organisation: DataLoader<string, Organisation>;
  team: DataLoader<string, Team | null>;
  /** Null for an organisation whose teams the caller may not see. */
  teamsOfOrganisation: DataLoader<string, Team[] | null>;
  /** Only memberships in organisations the caller can see. */
  membershipsOfUser: DataLoader<string, Membership[]>;
  /** Null where the caller may not see it (DirectoryAccess.canManageMobileNumber) or there is none. */
  mobileNumberOfUser: DataLoader<string, string | null>;
  /** Null where the caller does not administer them (DirectoryAccess.canAdministerAccount). */
  awaitingPasswordOfUser: DataLoader<string, boolean | null>;
}

/** The directory's DataLoaders, per request and scoped to the caller. */
@Injectable()
export class DirectoryLoaders {
  private readonly loaders = new RequestLoaders((principal: Principal) => this.create(principal));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationStore,
    private readonly teams: TeamStore,
    private readonly memberships: MembershipStore,
    private readonly users: UserStore,
  ) {}

  for(ctx: GraphqlContext, principal: Principal): DirectoryRequestLoaders {
    return this.loaders.for(ctx, principal);
  }

  private create(principal: Principal): DirectoryRequestLoaders {
    const m = this.dataSource.manager;
    return {
      organisation: new DataLoader<string, Organisation>(async (ids) => {
        const rows = await this.organisations.findByIds(m, ids);
        return rowsByIds(ids, rows.map(toOrganisation), (r) => r.id).map(
          (o) => o ?? DomainError.notFound('Organisation'),
        );
      }),
      team: new DataLoader(async (ids) =>
        rowsByIds(ids, (await this.teams.findByIds(m, ids)).map(toTeam), (r) => r.id),
      ),
      teamsOfOrganisation: new DataLoader(async (ids) => {
        const visible = ids.filter((id) => AccessPolicy.canSeeOrganisation(principal, id));
        const rows = visible.length ? await this.teams.ofOrganisations(m, visible) : [];
        const teams = rowsGroupedByIds(ids, rows.map(toTeam), (r) => r.organisationId);
        return ids.map((id, i) => (visible.includes(id) ? teams[i] : null));
      }),
      membershipsOfUser: new DataLoader(async (ids) => {
        const rows = await this.memberships.ofUsers(m, ids, AccessPolicy.organisationScope(principal));
        return rowsGroupedByIds(ids, rows, (r) => r.userId).map((group) => group.map(toMembership));
      }),
      mobileNumberOfUser: new DataLoader(async (ids) => {
        // Most callers may see no one's but their own: no statement for a page of others.
        const mayAsk =
          principal.isSystemAdmin || principal.holds(Role.ORG_ADMIN) || ids.includes(principal.userId ?? '');
        const rows = mayAsk ? await this.users.mobileNumbers(m, ids) : [];
        return rowsByIds(ids, rows, (r) => r.id).map((r) =>
          r && DirectoryAccess.canManageMobileNumber(principal, r) ? r.mobileNumber : null,
        );
      }),
      awaitingPasswordOfUser: new DataLoader(async (ids) => {
        const mayAsk = principal.isSystemAdmin || principal.holds(Role.ORG_ADMIN);
        const rows = mayAsk ? await this.users.awaitingPasswords(m, ids) : [];
        return rowsByIds(ids, rows, (r) => r.id).map((r) =>
          r && DirectoryAccess.canAdministerAccount(principal, r) ? r.awaitingPassword : null,
        );
      }),
    };
  }
}
