import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { ROTA_EDITORS } from '../oncall.access';
import { RotasArgs } from '../rotas/rota.inputs';
import { PoliciesService } from './policies.service';
import { EscalationPolicy, SetEscalationPolicyInput } from './policy.types';

@Resolver(() => EscalationPolicy)
export class PolicyResolver {
  constructor(private readonly policies: PoliciesService) {}

  @Query(() => [EscalationPolicy], {
    description: "An organisation's escalation policy for each duty (the default where none is set).",
  })
  @Authenticated()
  escalationPolicies(@CurrentPrincipal() principal: Principal, @Args() args: RotasArgs): Promise<EscalationPolicy[]> {
    return this.policies.policies(principal, args.organisationId);
  }

  @Mutation(() => EscalationPolicy)
  @Allow(...ROTA_EDITORS, Role.SYSTEM_ADMIN)
  setEscalationPolicy(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetEscalationPolicyInput,
  ): Promise<EscalationPolicy> {
    return this.policies.set(principal, input);
  }
}
