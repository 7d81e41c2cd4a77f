import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { toRunbook } from '../runbooks.mappers';
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
  async createRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateRunbookInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.create(principal, input));
  }

  @Mutation(() => Runbook, { description: 'Title, description, categories, review interval of a DRAFT; `version` must be current.' })
  @Allow(...EDITORS)
  async updateRunbookDraft(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateRunbookDraftInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.updateDraft(principal, input));
  }

  @Mutation(() => Runbook, { description: 'DRAFT → IN_REVIEW. Needs at least one step and an owner.' })
  @Allow(...EDITORS)
  async submitRunbookForReview(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.submit(principal, input));
  }

  @Mutation(() => Runbook, { description: 'IN_REVIEW → DRAFT: withdrawn by the author or sent back by the reviewer.' })
  @Allow(...EDITORS)
  async returnRunbookToDraft(@CurrentPrincipal() principal: Principal, @Args('input') input: ReturnRunbookToDraftInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.returnToDraft(principal, input));
  }

  @Mutation(() => Runbook, {
    description: 'IN_REVIEW → APPROVED by an EPRR lead of the owning organisation who did not submit it (four eyes). Publishes an immutable version.',
  })
  @Allow(Role.EPRR_LEAD)
  async approveRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.approve(principal, input));
  }

  @Mutation(() => Runbook, { description: 'APPROVED → DRAFT: a new draft; the approved version stays in force until the next approval.' })
  @Allow(...EDITORS)
  async reviseRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.revise(principal, input));
  }

  @Mutation(() => Runbook, { description: 'Retires the runbook; its versions are kept.' })
  @Allow(...EDITORS)
  async retireRunbook(@CurrentPrincipal() principal: Principal, @Args('input') input: RunbookRefInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.retire(principal, input));
  }

  @Mutation(() => Runbook, { description: 'The owner must be an active member of the owning organisation.' })
  @Allow(...EDITORS)
  async setRunbookOwner(@CurrentPrincipal() principal: Principal, @Args('input') input: SetRunbookOwnerInput): Promise<Runbook> {
    return toRunbook(await this.lifecycle.setOwner(principal, input));
  }
}
