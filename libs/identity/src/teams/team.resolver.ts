import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { Connection } from '@muster/platform-graphql';
import { OrganisationPageArgs } from '../directory/id.args';
import { CreateTeamInput, UpdateTeamInput } from './team.inputs';
import { Team, TeamConnection } from './team.types';
import { TeamsService } from './teams.service';

@Resolver(() => Team)
export class TeamResolver {
  constructor(private readonly service: TeamsService) {}

  @Authenticated()
  @Query(() => TeamConnection, { description: "An organisation's teams: to its members and system-wide roles." })
  teams(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId, ...page }: OrganisationPageArgs,
  ): Promise<Connection<Team>> {
    return this.service.list(principal, organisationId, page);
  }

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => Team, { description: "The organisation's ORG_ADMIN or a system administrator." })
  createTeam(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateTeamInput): Promise<Team> {
    return this.service.create(principal, input);
  }

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => Team, { description: 'Renames a team; send the version you read.' })
  updateTeam(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateTeamInput): Promise<Team> {
    return this.service.update(principal, input);
  }
}
