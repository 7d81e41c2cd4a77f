import { Provider } from '@nestjs/common';
import { GrantResolver, MembershipResolver } from '../memberships/membership.resolver';
import { MembershipsService } from '../memberships/memberships.service';
import { OrganisationResolver } from '../organisations/organisation.resolver';
import { OrganisationsService } from '../organisations/organisations.service';
import { TeamResolver } from '../teams/team.resolver';
import { TeamsService } from '../teams/teams.service';
import { UserResolver } from '../users/user.resolver';
import { UsersService } from '../users/users.service';
import { BootstrapAdmin } from './bootstrap-admin.service';
import { DirectoryLoaders } from './directory.loaders';
import { ViewerResolver } from './viewer.resolver';

/** The directory half of identity: organisations, teams, people, roles. */
export const DIRECTORY_SERVICES: Provider[] = [
  OrganisationsService,
  TeamsService,
  UsersService,
  MembershipsService,
  BootstrapAdmin,
];

export const DIRECTORY_PROVIDERS: Provider[] = [
  ...DIRECTORY_SERVICES,
  DirectoryLoaders,
  OrganisationResolver,
  TeamResolver,
  UserResolver,
  MembershipResolver,
  GrantResolver,
  ViewerResolver,
];
