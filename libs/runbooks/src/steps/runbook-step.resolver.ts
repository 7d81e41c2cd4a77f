import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { RunbookTransitions } from '../runbooks/runbook-transitions';
import { Runbook } from '../runbooks/runbook.types';
import {
  AddRunbookStepInput,
  RemoveRunbookStepInput,
  ReorderRunbookStepsInput,
  UpdateRunbookStepInput,
} from './runbook-step.inputs';
import { RunbookStepsService } from './runbook-steps.service';

/** Editing the steps of a DRAFT runbook; each returns the runbook with its new `version`. */
@Resolver(() => Runbook)
export class RunbookStepResolver {
  constructor(private readonly steps: RunbookStepsService) {}

  @Mutation(() => Runbook, { description: 'Dependencies may only be on earlier steps (no cycles).' })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  addRunbookStep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddRunbookStepInput,
  ): Promise<Runbook> {
    return this.steps.add(principal, input);
  }

  @Mutation(() => Runbook)
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  updateRunbookStep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateRunbookStepInput,
  ): Promise<Runbook> {
    return this.steps.update(principal, input);
  }

  @Mutation(() => Runbook, {
    description: 'Every step id in the new order; a step may not move before a step it depends on.',
  })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  reorderRunbookSteps(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReorderRunbookStepsInput,
  ): Promise<Runbook> {
    return this.steps.reorder(principal, input);
  }

  @Mutation(() => Runbook, { description: 'Refused (CONFLICT) while other steps depend on it.' })
  @Allow(...RunbookTransitions.rolesFor('edit'))
  @Performs(RunbookTransitions, 'edit')
  removeRunbookStep(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RemoveRunbookStepInput,
  ): Promise<Runbook> {
    return this.steps.remove(principal, input);
  }
}
