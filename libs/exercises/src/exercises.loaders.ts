import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Clock } from '@muster/platform-core';
import { type GraphqlContext, RequestLoaders, rowsGroupedByIds } from '@muster/platform-graphql';
import { trackerOf } from './actions/exercise-tracker';
import { ExerciseActionTracker } from './actions/exercise-tracker.types';
import { toExercisedRunbook, toFinding, toParticipant } from './exercises.mappers';
import { ExerciseStore } from './exercises/exercise.store';
import { ExercisedRunbook, ExerciseFinding, ExerciseParticipant } from './exercises/exercise.types';

/** The exercises' loaders of one request (see RequestLoaders). */
export interface ExerciseRequestLoaders {
  participantsByExercise: DataLoader<string, ExerciseParticipant[]>;
  runbooksByExercise: DataLoader<string, ExercisedRunbook[]>;
  findingsByExercise: DataLoader<string, ExerciseFinding[]>;
  trackerByExercise: DataLoader<string, ExerciseActionTracker>;
}

/** The exercises' DataLoaders, per request: one statement per nested field, whatever the page size. */
@Injectable()
export class ExerciseLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly store: ExerciseStore,
    private readonly clock: Clock,
  ) {}

  for(ctx: GraphqlContext): ExerciseRequestLoaders {
    return this.loaders.for(ctx);
  }

  private create(): ExerciseRequestLoaders {
    const m = this.db.manager;
    return {
      participantsByExercise: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.participantsOf(m, ids), (r) => r.exerciseId).map((g) =>
          g.map(toParticipant),
        ),
      ),
      runbooksByExercise: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.runbooksOf(m, ids), (r) => r.exerciseId).map((g) =>
          g.map(toExercisedRunbook),
        ),
      ),
      findingsByExercise: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.findingsOf(m, ids), (r) => r.exerciseId).map((g) => g.map(toFinding)),
      ),
      trackerByExercise: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.actionGroups(m, ids, this.clock.now()), (r) => r.exerciseId).map(
          trackerOf,
        ),
      ),
    };
  }
}
