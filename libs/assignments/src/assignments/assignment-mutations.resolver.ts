import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { AssignmentLifecycleService } from './assignment-lifecycle.service';
import { AssignmentTransitions, MANAGER_ROLES } from './assignment-transitions';
import {
  AddAssignmentEvidenceInput,
  AssignmentNoteInput,
  AssignmentReasonInput,
  ChangeAssignmentDueInput,
  CompleteAssignmentInput,
  CreateAssignmentInput,
  ReassignAssignmentInput,
  SetAssignmentDependenciesInput,
} from './assignment.inputs';
import { Assignment } from './assignment.types';

const T = AssignmentTransitions;

/** Creating assignments and every row of their transition table. */
@Resolver()
export class AssignmentMutationsResolver {
  constructor(private readonly lifecycle: AssignmentLifecycleService) {}

  @Mutation(() => Assignment, {
    description:
      "A new OPEN assignment, by the owning organisation's leads, the ICB's, or an incident's commander on that incident.",
  })
  @Allow(...MANAGER_ROLES)
  createAssignment(@CurrentPrincipal() p: Principal, @Args('input') input: CreateAssignmentInput): Promise<Assignment> {
    return this.lifecycle.create(p, input);
  }

  @Mutation(() => Assignment, { description: 'OPEN → ACKNOWLEDGED, by the owning organisation.' })
  @Allow(...T.rolesFor('acknowledge'))
  @Performs(T, 'acknowledge')
  acknowledgeAssignment(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: AssignmentNoteInput,
  ): Promise<Assignment> {
    return this.lifecycle.acknowledge(p, input);
  }

  @Mutation(() => Assignment, { description: 'ACKNOWLEDGED → IN_PROGRESS, once what it waits for is done or waived.' })
  @Allow(...T.rolesFor('start'))
  @Performs(T, 'start')
  startAssignment(@CurrentPrincipal() p: Principal, @Args('input') input: AssignmentNoteInput): Promise<Assignment> {
    return this.lifecycle.start(p, input);
  }

  @Mutation(() => Assignment, { description: 'IN_PROGRESS → BLOCKED, with a reason.' })
  @Allow(...T.rolesFor('block'))
  @Performs(T, 'block')
  blockAssignment(@CurrentPrincipal() p: Principal, @Args('input') input: AssignmentReasonInput): Promise<Assignment> {
    return this.lifecycle.block(p, input);
  }

  @Mutation(() => Assignment, { description: 'BLOCKED → IN_PROGRESS.' })
  @Allow(...T.rolesFor('unblock'))
  @Performs(T, 'unblock')
  unblockAssignment(@CurrentPrincipal() p: Principal, @Args('input') input: AssignmentNoteInput): Promise<Assignment> {
    return this.lifecycle.unblock(p, input);
  }

  @Mutation(() => Assignment, { description: 'IN_PROGRESS → DONE; a mandatory one needs evidence.' })
  @Allow(...T.rolesFor('complete'))
  @Performs(T, 'complete')
  completeAssignment(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: CompleteAssignmentInput,
  ): Promise<Assignment> {
    return this.lifecycle.complete(p, input);
  }

  @Mutation(() => Assignment, { description: 'Unfinished → CANCELLED, with a reason.' })
  @Allow(...T.rolesFor('cancel'))
  @Performs(T, 'cancel')
  cancelAssignment(@CurrentPrincipal() p: Principal, @Args('input') input: AssignmentReasonInput): Promise<Assignment> {
    return this.lifecycle.cancel(p, input);
  }

  @Mutation(() => Assignment, {
    description: 'Unfinished → WAIVED, with a reason (counts as finished for stand-down).',
  })
  @Allow(...T.rolesFor('waive'))
  @Performs(T, 'waive')
  waiveAssignment(@CurrentPrincipal() p: Principal, @Args('input') input: AssignmentReasonInput): Promise<Assignment> {
    return this.lifecycle.waive(p, input);
  }

  @Mutation(() => Assignment, { description: 'Another team or person of the owning organisation; history kept.' })
  @Allow(...T.rolesFor('reassign'))
  @Performs(T, 'reassign')
  reassignAssignment(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: ReassignAssignmentInput,
  ): Promise<Assignment> {
    return this.lifecycle.reassign(p, input);
  }

  @Mutation(() => Assignment, { description: 'A new due time (or none), with a reason.' })
  @Allow(...T.rolesFor('changeDue'))
  @Performs(T, 'changeDue')
  changeAssignmentDue(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: ChangeAssignmentDueInput,
  ): Promise<Assignment> {
    return this.lifecycle.changeDue(p, input);
  }

  @Mutation(() => Assignment, { description: 'Evidence (text and links), by the owning organisation.' })
  @Allow(...T.rolesFor('addEvidence'))
  @Performs(T, 'addEvidence')
  addAssignmentEvidence(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: AddAssignmentEvidenceInput,
  ): Promise<Assignment> {
    return this.lifecycle.addEvidence(p, input);
  }

  @Mutation(() => Assignment, { description: 'What it waits for (no cycles).' })
  @Allow(...T.rolesFor('setDependencies'))
  @Performs(T, 'setDependencies')
  setAssignmentDependencies(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: SetAssignmentDependenciesInput,
  ): Promise<Assignment> {
    return this.lifecycle.setDependencies(p, input);
  }
}
