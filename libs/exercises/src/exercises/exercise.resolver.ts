import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Connection, type GraphqlContext } from '@muster/platform-graphql';
import { ExerciseActionListService } from '../actions/exercise-action-list.service';
import { ExerciseAction, ExerciseActionConnection, ExerciseActionsArgs } from '../actions/exercise-action-list.types';
import { ExerciseActionTracker } from '../actions/exercise-tracker.types';
import { ExerciseLoaders } from '../exercises.loaders';
import { ExerciseQueriesService } from './exercise-queries.service';
import { ExerciseIdArgs, ExercisesArgs } from './exercise.inputs';
import { Exercise, ExerciseConnection, ExercisedRunbook, ExerciseFinding, ExerciseParticipant } from './exercise.types';

@Resolver(() => Exercise)
export class ExerciseResolver {
  constructor(
    private readonly queries: ExerciseQueriesService,
    private readonly loaders: ExerciseLoaders,
    private readonly actionList: ExerciseActionListService,
  ) {}

  @Authenticated()
  @Query(() => ExerciseConnection, {
    description:
      'Exercises the caller may see (organised by or with their organisations; every one for system-wide roles and the ICB EPRR lead), newest first.',
  })
  exercises(@CurrentPrincipal() principal: Principal, @Args() args: ExercisesArgs) {
    return this.queries.list(principal, args);
  }

  @Authenticated()
  @Query(() => Exercise, { description: 'One exercise; NOT_FOUND when it is not yours to see.' })
  exercise(@CurrentPrincipal() principal: Principal, @Args() { id }: ExerciseIdArgs): Promise<Exercise> {
    return this.queries.get(principal, id);
  }

  @ResolveField(() => [ExerciseParticipant], { description: 'The other organisations that took part.' })
  participants(@Parent() e: Exercise, @Context() ctx: GraphqlContext): Promise<ExerciseParticipant[]> {
    return this.loaders.for(ctx).participantsByExercise.load(e.id);
  }

  @ResolveField(() => [ExercisedRunbook])
  runbooks(@Parent() e: Exercise, @Context() ctx: GraphqlContext): Promise<ExercisedRunbook[]> {
    return this.loaders.for(ctx).runbooksByExercise.load(e.id);
  }

  @ResolveField(() => [ExerciseFinding], { description: 'Lessons identified, oldest first.' })
  findings(@Parent() e: Exercise, @Context() ctx: GraphqlContext): Promise<ExerciseFinding[]> {
    return this.loaders.for(ctx).findingsByExercise.load(e.id);
  }

  @ResolveField(() => ExerciseActionTracker, {
    description:
      "The action plan: the assignments raised from its findings, counted, every organisation's (list them with actions).",
  })
  actionTracker(@Parent() e: Exercise, @Context() ctx: GraphqlContext): Promise<ExerciseActionTracker> {
    return this.loaders.for(ctx).trackerByExercise.load(e.id);
  }

  @ResolveField(() => ExerciseActionConnection, {
    description:
      "The action plan row by row, every organisation's, to whoever sees the exercise (the same actions actionTracker counts), in the order raised. Each action's detail, evidence and notes stay with assignment(id).",
  })
  actions(
    @Parent() e: Exercise,
    @CurrentPrincipal() principal: Principal,
    @Args() args: ExerciseActionsArgs,
  ): Promise<Connection<ExerciseAction>> {
    return this.actionList.page(principal, e.id, args);
  }
}
