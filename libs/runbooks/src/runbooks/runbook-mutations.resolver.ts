import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { RunbookLifecycleService } from './runbook-lifecycle.service';
import { CreateRunbookInput, ReturnRunbookToDraftInput, RunbookRefInput, SetRunbookOwnerInput, UpdateRunbookDraftInput } from './runbook.inputs';
import { Runbook } from './runbook.types';

const EDITORS = [Role.EPRR_LEAD, Role.ORG_ADMIN] as const;

/** Creating runbooks and moving them through their lifecycle. */
@Resolver(() => Runbook)
export class RunbookMutationsResolver {
  constructor(private readonly lifecycle: RunbookLifecycleService) {}

  @Mutation(() => Runbook, { description: 'A new DRAFT runbook (EPRR lead or organisation admin). ICS templates: the ICB only.' })
  @Allow(...EDITORS)
  createRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateRunbookInput): Promise<Runbook> {
    return this.lifecycle.create(principal, input);
  }

  @Mutation(() => Runbook, { description: 'Title, description, categories, review interval of a DRAFT; `version` must be current.' })
  @Allow(...EDITORS)
  updateRunbookDraft(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateRunbookDraftInput): Promise<Runbook> {
    return this.lifecycle.updateDraft(principal, input);
  }

  @Mutation(() => Runbook, { description: 'DRAFT → IN_REVIEW. Needs at least one step and an owner.' })
  @Allow(...EDITORS)
  submitRunbookForReview(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return this.lifecycle.submit(principal, input);
  }

  @Mutation(() => Runbook, { description: 'IN_REVIEW → DRAFT: withdrawn by the author or sent back by the reviewer.' })
  @Allow(...EDITORS)
  returnRunbookToDraft(@CurrentPrincipal() principal: Principal, @Args('input') input: ReturnRunbookToDraftInput): Promise<Runbook> {
    return this.lifecycle.returnToDraft(principal, input);
  }

  @Mutation(() => Runbook, {
    description: 'IN_REVIEW → APPROVED by an EPRR lead of the owning organisation who did not submit it (four eyes). Publishes an immutable version.',
  })
  @Allow(Role.EPRR_LEAD)
  approveRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return this.lifecycle.approve(principal, input);
  }

  @Mutation(() => Runbook, { description: 'APPROVED → DRAFT: a new draft; the approved version stays in force until the next approval.' })
  @Allow(...EDITORS)
  reviseRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return this.lifecycle.revise(principal, input);
  }

  @Mutation(() => Runbook, { description: 'Retires the runbook; its versions are kept.' })
  @Allow(...EDITORS)
  retireRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return this.lifecycle.retire(principal, input);
  }

  @Mutation(() => Runbook, { description: 'The owner must be an active member of the owning organisation.' })
  @Allow(...EDITORS)
  setRunbookOwner(@CurrentPrincipal() principal: Principal, @Args('input') input: SetRunbookOwnerInput): Promise<Runbook> {
    return this.lifecycle.setOwner(principal, input);
  }
}
