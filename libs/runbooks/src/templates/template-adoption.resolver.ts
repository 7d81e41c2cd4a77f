import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { RunbookTransitions } from '../runbooks/runbook-transitions';
import { AdoptTemplateInput } from '../runbooks/runbook.inputs';
import { Runbook } from '../runbooks/runbook.types';
import { TemplateAdoptionService } from './template-adoption.service';

@Resolver(() => Runbook)
export class TemplateAdoptionResolver {
  constructor(private readonly adoption: TemplateAdoptionService) {}

  @Mutation(() => Runbook, {
    description: "Copies an ICS template's latest approved version into a new DRAFT runbook of the organisation.",
  })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  adoptTemplate(@CurrentPrincipal() principal: Principal, @Args('input') input: AdoptTemplateInput): Promise<Runbook> {
    return this.adoption.adopt(principal, input);
  }
}
