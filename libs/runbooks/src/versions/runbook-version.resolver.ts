import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import type { GraphqlContext } from '@muster/platform-graphql';
import { RunbookLoaders } from '../runbooks.loaders';
import { RunbookQueriesService } from '../runbooks/runbook-queries.service';
import { RunbookIdArgs } from '../runbooks/runbook.inputs';
import { RunbookPerson } from '../runbooks/runbook.types';
import { RunbookVersion } from './runbook-version.types';

@Resolver(() => RunbookVersion)
export class RunbookVersionResolver {
  constructor(
    private readonly queries: RunbookQueriesService,
    private readonly loaders: RunbookLoaders,
  ) {}

  @Query(() => RunbookVersion, { description: 'An approved, immutable runbook version.' })
  @Authenticated()
  runbookVersion(@CurrentPrincipal() principal: Principal, @Args() { id }: RunbookIdArgs): Promise<RunbookVersion> {
    return this.queries.getVersion(principal, id);
  }

  @ResolveField(() => RunbookPerson, { nullable: true })
  async approvedBy(@Parent() version: RunbookVersion, @Context() ctx: GraphqlContext): Promise<RunbookPerson | null> {
    return version.approvedById ? this.loaders.for(ctx).personById.load(version.approvedById) : null;
  }

  @ResolveField(() => RunbookPerson, { nullable: true })
  async submittedBy(@Parent() version: RunbookVersion, @Context() ctx: GraphqlContext): Promise<RunbookPerson | null> {
    return version.submittedById ? this.loaders.for(ctx).personById.load(version.submittedById) : null;
  }
}
