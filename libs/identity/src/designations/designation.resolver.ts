import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { DESIGNATION_EDITORS } from './designation.access';
import { DesignationInput, DesignationsArgs } from './designation.inputs';
import { OrganisationDesignation } from './designation.types';
import { DesignationsService } from './designations.service';

@Resolver(() => OrganisationDesignation)
export class DesignationResolver {
  constructor(private readonly service: DesignationsService) {}

  @Authenticated()
  @Query(() => [OrganisationDesignation], {
    description:
      "An organisation's designations and who holds them: to its members, system-wide roles and the ICB's EPRR lead.",
  })
  designations(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId }: DesignationsArgs,
  ): Promise<OrganisationDesignation[]> {
    return this.service.list(principal, organisationId);
  }

  @Allow(...DESIGNATION_EDITORS)
  @Mutation(() => OrganisationDesignation, {
    description:
      "Designates an active member (the organisation's EPRR lead or admin, or a system administrator); replaces the holder of a one-person designation.",
  })
  designate(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DesignationInput,
  ): Promise<OrganisationDesignation> {
    return this.service.designate(principal, input);
  }

  @Allow(...DESIGNATION_EDITORS)
  @Mutation(() => OrganisationDesignation, {
    description: "Ends a person's designation (the same people as designate).",
  })
  clearDesignation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DesignationInput,
  ): Promise<OrganisationDesignation> {
    return this.service.clear(principal, input);
  }
}
