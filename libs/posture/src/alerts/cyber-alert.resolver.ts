import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { type GraphqlContext } from '@muster/platform-graphql';
import { CyberAlertQueriesService } from './cyber-alert-queries.service';
import { CyberAlertIdArgs, CyberAlertsArgs } from './cyber-alert.inputs';
import { CyberAlertLoaders } from './cyber-alert.loaders';
import { CyberAlert, CyberAlertConnection, CyberAlertResponse, CyberAlertUpdate } from './cyber-alert.types';

@Resolver(() => CyberAlert)
export class CyberAlertResolver {
  constructor(
    private readonly queries: CyberAlertQueriesService,
    private readonly loaders: CyberAlertLoaders,
  ) {}

  @Authenticated()
  @Query(() => CyberAlertConnection, {
    description:
      "NHS cyber alerts with a response the caller sees (their organisations'; every one for the SOC, system-wide roles and the ICB's EPRR lead) matching the filter, newest issued first.",
  })
  cyberAlerts(@CurrentPrincipal() principal: Principal, @Args() args: CyberAlertsArgs) {
    return this.queries.list(principal, args);
  }

  @Authenticated()
  @Query(() => CyberAlert, {
    description: 'One NHS cyber alert; NOT_FOUND when none of its responses is yours to see.',
  })
  cyberAlert(@CurrentPrincipal() principal: Principal, @Args() { id }: CyberAlertIdArgs): Promise<CyberAlert> {
    return this.queries.get(principal, id);
  }

  @ResolveField(() => [CyberAlertResponse], {
    description: 'The responses of the organisations it went to that the caller sees, by organisation name.',
  })
  async responses(@Parent() a: CyberAlert, @Context() ctx: GraphqlContext): Promise<CyberAlertResponse[]> {
    const all = await this.loaders.for(ctx).responsesByAlert.load(a.id);
    const visible = a.visibleOrganisationIds;
    return visible === null ? all : all.filter((r) => visible.includes(r.organisationId));
  }
}

@Resolver(() => CyberAlertResponse)
export class CyberAlertResponseResolver {
  constructor(private readonly loaders: CyberAlertLoaders) {}

  @ResolveField(() => [CyberAlertUpdate], { description: 'Progress updates, oldest first.' })
  updates(@Parent() r: CyberAlertResponse, @Context() ctx: GraphqlContext): Promise<CyberAlertUpdate[]> {
    return this.loaders.for(ctx).updatesByResponse.load(r.id);
  }
}
