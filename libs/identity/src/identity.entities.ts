import { MembershipEntity } from './memberships/membership.entity';
import { OrganisationEntity } from './organisations/organisation.entity';
import { TeamEntity } from './teams/team.entity';
import { UserEntity } from './users/user.entity';

export const IDENTITY_ENTITIES = [OrganisationEntity, TeamEntity, UserEntity, MembershipEntity];
