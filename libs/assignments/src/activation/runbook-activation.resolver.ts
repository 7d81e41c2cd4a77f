import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { RunbookActivationService } from './runbook-activation.service';
import {
  ActivateRunbookInput,
  RunbookActivation,
  RunbookSuggestions,
  SuggestedRunbooksArgs,
} from './runbook-activation.types';

@Resolver()
export class RunbookActivationResolver {
  constructor(private readonly activation: RunbookActivationService) {}

  @Mutation(() => [RunbookActivation], {
    description:
      "By the incident's commander: the runbook's approved version in force becomes one assignment per step for each organisation (once per version and organisation).",
  })
  @Authenticated()
  activateRunbook(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: ActivateRunbookInput,
  ): Promise<RunbookActivation[]> {
    return this.activation.activate(p, input);
  }

  @Query(() => RunbookSuggestions, {
    description: "The approved runbooks of the incident's category for each of its organisations, and those with none.",
  })
  @Authenticated()
  suggestedRunbooks(
    @CurrentPrincipal() p: Principal,
    @Args() { incidentId }: SuggestedRunbooksArgs,
  ): Promise<RunbookSuggestions> {
    return this.activation.suggested(p, incidentId);
  }
}
