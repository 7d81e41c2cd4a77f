import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignmentsModule } from '@muster/assignments';
import { IdentityModule } from '@muster/identity';
import { NotificationsModule } from '@muster/notifications';
import { ExerciseActionListService } from './actions/exercise-action-list.service';
import { ExerciseActionListStore } from './actions/exercise-action-list.store';
import { ExerciseActionsService } from './actions/exercise-actions.service';
import { ExerciseComplianceResolver } from './compliance/compliance.resolver';
import { ExerciseComplianceService } from './compliance/compliance.service';
import { ComplianceStore } from './compliance/compliance.store';
import { ExerciseLoaders } from './exercises.loaders';
import { ExerciseNotices } from './exercises/exercise-notices';
import { ExerciseMutationsResolver } from './exercises/exercise-mutations.resolver';
import { ExerciseQueriesService } from './exercises/exercise-queries.service';
import { ExerciseRecordingService } from './exercises/exercise-recording.service';
import { EXERCISE_ENTITIES } from './exercises/exercise.entity';
import { ExerciseResolver } from './exercises/exercise.resolver';
import { ExerciseStore } from './exercises/exercise.store';

/**
 * Exercises (EPRR Framework): recorded exercises with their participants, runbooks tested
 * and findings, and exercise compliance per organisation. Readiness reads the exercise
 * tables for its "exercised" criterion.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...EXERCISE_ENTITIES]), IdentityModule, NotificationsModule, AssignmentsModule],
  providers: [
    ExerciseStore,
    ComplianceStore,
    ExerciseNotices,
    ExerciseRecordingService,
    ExerciseActionsService,
    ExerciseActionListStore,
    ExerciseActionListService,
    ExerciseQueriesService,
    ExerciseComplianceService,
    ExerciseLoaders,
    ExerciseResolver,
    ExerciseMutationsResolver,
    ExerciseComplianceResolver,
  ],
  exports: [ExerciseRecordingService],
})
export class ExercisesModule {}
