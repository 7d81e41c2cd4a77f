import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Assignment } from '@muster/assignments';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { AssessmentGapsService } from './assessment-gaps.service';
import { AssessmentLifecycleService } from './assessment-lifecycle.service';
import { AssessmentTransitions } from './assessment-transitions';
import {
  AssessmentChangeInput,
  RaiseAssessmentGapActionInput,
  RateRequirementInput,
  ReturnAssessmentInput,
  StartAssessmentInput,
  StartNextAssessmentInput,
} from './assessment.inputs';
import { Assessment, AssessmentRating } from './assessment.types';

@Resolver(() => Assessment)
export class AssessmentMutationsResolver {
  constructor(
    private readonly lifecycle: AssessmentLifecycleService,
    private readonly gaps: AssessmentGapsService,
  ) {}

  @Mutation(() => Assessment, {
    description:
      "Starts a DRAFT assessment of an organisation against a framework version for a period, with a row per applicable requirement (the organisation's EPRR lead for EPRR core standards; its IG officer or ORG_ADMIN for the DSPT/CAF).",
  })
  @Allow(...AssessmentTransitions.rolesFor('edit'))
  @Performs(AssessmentTransitions, 'edit')
  startAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: StartAssessmentInput,
  ): Promise<Assessment> {
    return this.lifecycle.start(principal, input);
  }

  @Mutation(() => Assessment, {
    description:
      "Starts next period's assessment as a copy of the previous one (ratings, evidence, owners, gaps), by requirement reference.",
  })
  @Allow(...AssessmentTransitions.rolesFor('edit'))
  @Performs(AssessmentTransitions, 'edit')
  startNextAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: StartNextAssessmentInput,
  ): Promise<Assessment> {
    return this.lifecycle.startNext(principal, input);
  }

  @Mutation(() => AssessmentRating, {
    description:
      'Rates a requirement of a DRAFT assessment, with evidence, owner and — when not fully met — the gap’s plan.',
  })
  @Allow(...AssessmentTransitions.rolesFor('edit'))
  @Performs(AssessmentTransitions, 'edit')
  rateAssessmentRequirement(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RateRequirementInput,
  ): Promise<AssessmentRating> {
    return this.lifecycle.rate(principal, input);
  }

  @Mutation(() => Assessment, {
    description: 'Submits a DRAFT for confirm and challenge: every requirement rated, every gap planned.',
  })
  @Allow(...AssessmentTransitions.rolesFor('submit'))
  @Performs(AssessmentTransitions, 'submit')
  submitAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssessmentChangeInput,
  ): Promise<Assessment> {
    return this.lifecycle.submit(principal, input);
  }

  @Mutation(() => Assessment, {
    description:
      "Confirms a submitted assessment (the ICB's EPRR lead or a system administrator); it is immutable after.",
  })
  @Allow(...AssessmentTransitions.rolesFor('confirm'))
  @Performs(AssessmentTransitions, 'confirm')
  confirmAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssessmentChangeInput,
  ): Promise<Assessment> {
    return this.lifecycle.confirm(principal, input);
  }

  @Mutation(() => Assessment, {
    description: 'Returns a submitted assessment to DRAFT with comments (the same people as confirmAssessment).',
  })
  @Allow(...AssessmentTransitions.rolesFor('returnToDraft'))
  @Performs(AssessmentTransitions, 'returnToDraft')
  returnAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReturnAssessmentInput,
  ): Promise<Assessment> {
    return this.lifecycle.returnToDraft(principal, input);
  }

  @Mutation(() => Assessment, {
    description: 'Publishes a confirmed assessment (the same people as confirmAssessment).',
  })
  @Allow(...AssessmentTransitions.rolesFor('publish'))
  @Performs(AssessmentTransitions, 'publish')
  publishAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssessmentChangeInput,
  ): Promise<Assessment> {
    return this.lifecycle.publish(principal, input);
  }

  @Mutation(() => Assignment, {
    description:
      "Raises an assignment from a gap (source ASSESSMENT_GAP) for the organisation, by those who edit its assessment; the gap then shows the action's status. Closing it does not change the rating.",
  })
  @Allow(...AssessmentTransitions.rolesFor('edit'))
  raiseAssessmentGapAction(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RaiseAssessmentGapActionInput,
  ): Promise<Assignment> {
    return this.gaps.raiseAction(principal, input);
  }
}
