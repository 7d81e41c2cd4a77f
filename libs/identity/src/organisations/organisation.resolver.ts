import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { Connection, type GraphqlContext, PageArgs } from '@muster/platform-graphql';
import { DirectoryLoaders } from '../directory/directory.loaders';
import { IdArgs } from '../directory/id.args';
import { Team } from '../teams/team.types';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { Organisation, OrganisationConnection } from './organisation.types';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Authenticated()
  @Query(() => OrganisationConnection, { description: 'Every organisation of the ICS, by name.' })
  organisations(@CurrentPrincipal() principal: Principal, @Args() page: PageArgs): Promise<Connection<Organisation>> {
    return this.service.list(principal, page);
  }

  @Authenticated()
  @Query(() => Organisation)
  organisation(@CurrentPrincipal() principal: Principal, @Args() { id }: IdArgs): Promise<Organisation> {
    return this.service.get(principal, id);
  }

  @Allow(Role.SYSTEM_ADMIN)
  @Mutation(() => Organisation, { description: 'System administrators only.' })
  createOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return this.service.create(principal, input);
  }

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => Organisation, {
    description: 'Its ORG_ADMIN or a system administrator; the ODS code only by the latter.',
  })
  updateOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.service.update(principal, input);
  }

  @ResolveField(() => [Team], {
    nullable: true,
    description: 'Null unless you are a member of this organisation (or hold a system-wide role).',
  })
  teams(
    @Parent() organisation: Organisation,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<Team[] | null> {
    return this.loaders.for(ctx, principal).teamsOfOrganisation.load(organisation.id);
  }
}
