import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { RunbookLifecycleService } from './runbook-lifecycle.service';
import { RunbookTransitions } from './runbook-transitions';
import {
  CreateRunbookInput,
  MarkRunbookReviewedInput,
  RetireRunbookInput,
  ReturnRunbookToDraftInput,
  RunbookRefInput,
  SetRunbookOwnerInput,
  UpdateRunbookDraftInput,
} from './runbook.inputs';
import { Runbook } from './runbook.types';

/** Creating runbooks and moving them through their lifecycle. */
@Resolver(() => Runbook)
export class RunbookMutationsResolver {
  constructor(private readonly lifecycle: RunbookLifecycleService) {}

  @Mutation(() => Runbook, {
    description: 'A new DRAFT runbook (EPRR lead or organisation admin). ICS templates: the ICB only.',
  })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  createRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateRunbookInput): Promise<Runbook> {
    return this.lifecycle.create(principal, input);
  }

  @Mutation(() => Runbook, {
    description: 'Title, description, categories, review interval of a DRAFT; `version` must be current.',
  })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  updateRunbookDraft(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateRunbookDraftInput,
  ): Promise<Runbook> {
    return this.lifecycle.updateDraft(principal, input);
  }

  @Mutation(() => Runbook, { description: 'DRAFT → IN_REVIEW. Needs at least one step and an owner.' })
  @Allow(...RunbookTransitions.rolesFor('submit'))
  @Performs(RunbookTransitions, 'submit')
  submitRunbookForReview(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RunbookRefInput,
  ): Promise<Runbook> {
    return this.lifecycle.submit(principal, input);
  }

  @Mutation(() => Runbook, { description: 'IN_REVIEW → DRAFT: withdrawn by the author or sent back by the reviewer.' })
  @Allow(...RunbookTransitions.rolesFor('returnToDraft'))
  @Performs(RunbookTransitions, 'returnToDraft')
  returnRunbookToDraft(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReturnRunbookToDraftInput,
  ): Promise<Runbook> {
    return this.lifecycle.returnToDraft(principal, input);
  }

  @Mutation(() => Runbook, {
    description:
      'IN_REVIEW → APPROVED by an EPRR lead of the owning organisation who neither submitted it nor changed the draft since the last approved version (four eyes). Publishes an immutable version.',
  })
  @Allow(...RunbookTransitions.rolesFor('approve'))
  @Performs(RunbookTransitions, 'approve')
  approveRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return this.lifecycle.approve(principal, input);
  }

  @Mutation(() => Runbook, {
    description: 'APPROVED → DRAFT: a new draft; the approved version stays in force until the next approval.',
  })
  @Allow(...RunbookTransitions.rolesFor('revise'))
  @Performs(RunbookTransitions, 'revise')
  reviseRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return this.lifecycle.revise(principal, input);
  }

  @Mutation(() => Runbook, {
    description:
      'Retires the runbook (its versions are kept): an EPRR lead of the owning organisation, by name, with a reason.',
  })
  @Allow(...RunbookTransitions.rolesFor('retire'))
  @Performs(RunbookTransitions, 'retire')
  retireRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RetireRunbookInput): Promise<Runbook> {
    return this.lifecycle.retire(principal, input);
  }

  @Mutation(() => Runbook, {
    description:
      'APPROVED, reviewed and still right: restarts the review clock without publishing a new version (an EPRR lead of the owning organisation, by name; audited). No four eyes: nothing is published, and the version in force was approved under four eyes.',
  })
  @Allow(...RunbookTransitions.rolesFor('markReviewed'))
  @Performs(RunbookTransitions, 'markReviewed')
  markRunbookReviewed(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MarkRunbookReviewedInput,
  ): Promise<Runbook> {
    return this.lifecycle.markReviewed(principal, input);
  }

  @Mutation(() => Runbook, { description: 'The owner must be an active member of the owning organisation.' })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  setRunbookOwner(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetRunbookOwnerInput,
  ): Promise<Runbook> {
    return this.lifecycle.setOwner(principal, input);
  }
}
