import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { SHARED_SERVICE_EDITORS } from './shared-service.access';
import { EndSharedServiceInput, RecordSharedServiceInput, SharedServicesArgs } from './shared-service.inputs';
import { SharedService } from './shared-service.types';
import { SharedServicesService } from './shared-services.service';

@Resolver(() => SharedService)
export class SharedServiceResolver {
  constructor(private readonly service: SharedServicesService) {}

  @Authenticated()
  @Query(() => [SharedService], {
    description:
      "The functions delivered for an organisation by others, and those it delivers for others: to the members of the organisation, system-wide roles and the ICB's EPRR lead.",
  })
  sharedServices(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId }: SharedServicesArgs,
  ): Promise<SharedService[]> {
    return this.service.list(principal, organisationId);
  }

  @Allow(...SHARED_SERVICE_EDITORS)
  @Mutation(() => SharedService, {
    description:
      "Records that another organisation delivers a function for the client (a system administrator or the ICB's EPRR lead). CONFLICT when one already does.",
  })
  recordSharedService(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordSharedServiceInput,
  ): Promise<SharedService> {
    return this.service.record(principal, input);
  }

  @Allow(...SHARED_SERVICE_EDITORS)
  @Mutation(() => SharedService, {
    description: 'Ends a shared service, with the reason (the same people as recordSharedService).',
  })
  endSharedService(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EndSharedServiceInput,
  ): Promise<SharedService> {
    return this.service.end(principal, input);
  }
}
