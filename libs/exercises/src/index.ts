export * from './exercises.audit';
export * from './exercises.module';
export * from './exercises/exercise-enums';
export * from './exercises/exercise.entity';
