import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { RunbookTransitions } from '../../runbooks/runbook-transitions';
import { Runbook } from '../../runbooks/runbook.types';
import { TemplateUpdatePreviewArgs, UpdateRunbookFromTemplateInput } from './template-update.inputs';
import { TemplateUpdateService } from './template-update.service';
import { TemplateUpdatePreview } from './template-update.types';

/** Catching an adopted runbook up with its ICS template, keeping the organisation's work. */
@Resolver(() => Runbook)
export class TemplateUpdateResolver {
  constructor(private readonly updates: TemplateUpdateService) {}

  @Query(() => TemplateUpdatePreview, {
    description:
      "What updateRunbookFromTemplate would do to an adopted runbook's draft: template changes, local steps and edits, conflicts.",
  })
  @Authenticated()
  templateUpdatePreview(
    @CurrentPrincipal() principal: Principal,
    @Args() { runbookId }: TemplateUpdatePreviewArgs,
  ): Promise<TemplateUpdatePreview> {
    return this.updates.preview(principal, runbookId);
  }

  @Mutation(() => Runbook, {
    description:
      "Merges the ICS template's latest approved version into a DRAFT adopted runbook: the organisation's own steps and edits are kept, the template's changes applied where they meet none; where both changed a step, CONFLICT (listing the steps) unless `resolutions` has a choice for each. Audited step by step.",
  })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  updateRunbookFromTemplate(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateRunbookFromTemplateInput,
  ): Promise<Runbook> {
    return this.updates.update(principal, input);
  }
}
