import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { AdoptTemplateInput, RunbookRefInput } from '../runbooks/runbook.inputs';
import { Runbook } from '../runbooks/runbook.types';
import { TemplateAdoptionService } from './template-adoption.service';

const EDITORS = [Role.EPRR_LEAD, Role.ORG_ADMIN] as const;

@Resolver(() => Runbook)
export class TemplateAdoptionResolver {
  constructor(private readonly adoption: TemplateAdoptionService) {}

  @Mutation(() => Runbook, { description: "Copies an ICS template's latest approved version into a new DRAFT runbook of the organisation." })
  @Allow(...EDITORS)
  adoptTemplate(@CurrentPrincipal() principal: Principal, @Args('input') input: AdoptTemplateInput): Promise<Runbook> {
    return this.adoption.adopt(principal, input);
  }

  @Mutation(() => Runbook, {
    description: "Replaces a DRAFT adopted runbook's steps with the template's latest approved version (re-tailor afterwards).",
  })
  @Allow(...EDITORS)
  updateRunbookFromTemplate(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return this.adoption.updateFromTemplate(principal, input);
  }
}
