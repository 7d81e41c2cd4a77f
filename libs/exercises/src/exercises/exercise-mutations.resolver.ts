import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Assignment } from '@muster/assignments';
import { RaiseExerciseActionsInput } from '../actions/exercise-actions.inputs';
import { ExerciseActionsService } from '../actions/exercise-actions.service';
import { ExerciseRecordingService } from './exercise-recording.service';
import { EXERCISE_RECORDERS } from './exercise.access';
import {
  AddExercisedRunbooksInput,
  AddExerciseParticipantsInput,
  RecordExerciseFindingInput,
  RecordExerciseInput,
} from './exercise.inputs';
import { Exercise, ExerciseFinding } from './exercise.types';

@Resolver(() => Exercise)
export class ExerciseMutationsResolver {
  constructor(
    private readonly recording: ExerciseRecordingService,
    private readonly actions: ExerciseActionsService,
  ) {}

  @Allow(...EXERCISE_RECORDERS)
  @Mutation(() => Exercise, {
    description:
      "Records an exercise once held (the organising organisation's EPRR lead or admin, or a system administrator), with the organisations that took part and the runbooks it tested.",
  })
  recordExercise(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordExerciseInput,
  ): Promise<Exercise> {
    return this.recording.record(principal, input);
  }

  @Allow(...EXERCISE_RECORDERS)
  @Mutation(() => Exercise, { description: 'Adds organisations that took part (the same people as recordExercise).' })
  addExerciseParticipants(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddExerciseParticipantsInput,
  ): Promise<Exercise> {
    return this.recording.addParticipants(principal, input);
  }

  @Allow(...EXERCISE_RECORDERS)
  @Mutation(() => Exercise, {
    description:
      'Adds runbooks the exercise tested, each with the version in force now (the same people as recordExercise).',
  })
  addExercisedRunbooks(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddExercisedRunbooksInput,
  ): Promise<Exercise> {
    return this.recording.addRunbooksExercised(principal, input);
  }

  @Allow(...EXERCISE_RECORDERS)
  @Mutation(() => ExerciseFinding, {
    description: 'Records a finding (a lesson identified) of the exercise (the same people as recordExercise).',
  })
  recordExerciseFinding(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordExerciseFindingInput,
  ): Promise<ExerciseFinding> {
    return this.recording.recordFinding(principal, input);
  }

  @Allow(...EXERCISE_RECORDERS)
  @Mutation(() => [Assignment], {
    description:
      "Raises a finding's actions: assignments (source = the finding) for the organiser or organisations that took part, assigned by the organiser (the same people as recordExercise).",
  })
  raiseExerciseActions(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RaiseExerciseActionsInput,
  ): Promise<Assignment[]> {
    return this.actions.raise(principal, input);
  }
}
