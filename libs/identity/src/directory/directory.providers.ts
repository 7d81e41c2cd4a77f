import { Provider } from '@nestjs/common';
import { DesignationResolver } from '../designations/designation.resolver';
import { DesignationStore } from '../designations/designation.store';
import { DesignationsService } from '../designations/designations.service';
import { GrantResolver, MembershipResolver } from '../memberships/membership.resolver';
import { MembershipStore } from '../memberships/membership.store';
import { MembershipsService } from '../memberships/memberships.service';
import { OrganisationResolver } from '../organisations/organisation.resolver';
import { OrganisationStore } from '../organisations/organisation.store';
import { OrganisationsService } from '../organisations/organisations.service';
import { SharedServiceResolver } from '../shared-services/shared-service.resolver';
import { SharedServiceStore } from '../shared-services/shared-service.store';
import { SharedServicesService } from '../shared-services/shared-services.service';
import { TeamResolver } from '../teams/team.resolver';
import { TeamStore } from '../teams/team.store';
import { TeamsService } from '../teams/teams.service';
import { UserResolver } from '../users/user.resolver';
import { UserStore } from '../users/user.store';
import { MobileNumbersService } from '../users/mobile-numbers.service';
import { UsersService } from '../users/users.service';
import { BootstrapAdmin } from './bootstrap-admin.service';
import { DirectoryLoaders } from './directory.loaders';
import { ViewerResolver } from './viewer.resolver';

/** The directory half of identity: organisations, teams, people, roles. */
export const DIRECTORY_SERVICES: Provider[] = [
  OrganisationsService,
  TeamsService,
  UsersService,
  MobileNumbersService,
  MembershipsService,
  DesignationsService,
  SharedServicesService,
  BootstrapAdmin,
];

export const DIRECTORY_PROVIDERS: Provider[] = [
  OrganisationStore,
  TeamStore,
  UserStore,
  MembershipStore,
  DesignationStore,
  SharedServiceStore,
  ...DIRECTORY_SERVICES,
  DirectoryLoaders,
  OrganisationResolver,
  TeamResolver,
  UserResolver,
  MembershipResolver,
  GrantResolver,
  ViewerResolver,
  DesignationResolver,
  SharedServiceResolver,
];
