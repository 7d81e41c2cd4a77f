import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { READINESS_READERS } from '../readiness.access';
import { OptInsService } from './opt-ins.service';
import { ReadinessOptIn, ReadinessOptInInput, ReadinessOptInsArgs } from './opt-in.types';

const OPT_IN_EDITORS = [Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.EPRR_LEAD];

@Resolver(() => ReadinessOptIn)
export class OptInResolver {
  constructor(private readonly service: OptInsService) {}

  @Allow(...READINESS_READERS)
  @Query(() => [ReadinessOptIn], {
    description:
      "The categories an organisation has opted in to beyond its kind's: whoever may read its readiness; NOT_FOUND otherwise.",
  })
  readinessOptIns(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId }: ReadinessOptInsArgs,
  ): Promise<ReadinessOptIn[]> {
    return this.service.list(principal, organisationId);
  }

  @Allow(...OPT_IN_EDITORS)
  @Mutation(() => ReadinessOptIn, {
    description:
      'Holds the organisation to a category that does not apply to its kind (its EPRR lead or admin, or a system administrator; audited). ' +
      'BAD_USER_INPUT when the category already applies to its kind, CONFLICT when already opted in.',
  })
  optInToCategory(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReadinessOptInInput,
  ): Promise<ReadinessOptIn> {
    return this.service.optIn(principal, input);
  }

  @Allow(...OPT_IN_EDITORS)
  @Mutation(() => ReadinessOptIn, {
    description: 'Withdraws an opt-in (the same people; audited). BAD_USER_INPUT when there is none.',
  })
  withdrawCategoryOptIn(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReadinessOptInInput,
  ): Promise<ReadinessOptIn> {
    return this.service.withdraw(principal, input);
  }
}
