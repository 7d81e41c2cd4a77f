export * from './exercises.audit';
export * from './exercises.module';
export * from './exercises/exercise-enums';
export * from './exercises/exercise.entity';
export * from './exercises/exercise-recording.service';
export * from './actions/exercise-actions.service';
