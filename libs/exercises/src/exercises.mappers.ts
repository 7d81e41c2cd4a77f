import { ExerciseFindingEntity } from './exercises/exercise.entity';
import { ExercisedRunbookRow, ExerciseRow, ParticipantRow } from './exercises/exercise.store';
import { Exercise, ExercisedRunbook, ExerciseFinding, ExerciseParticipant } from './exercises/exercise.types';

export function toExercise(row: ExerciseRow): Exercise {
  return {
    id: row.id,
    type: row.type,
    theme: row.theme,
    title: row.title,
    scenario: row.scenario,
    heldAt: row.heldAt,
    organisingOrganisationId: row.organisingOrganisationId,
    organisingOrganisationName: row.organisingOrganisationName,
    version: row.version,
    createdAt: row.createdAt,
  };
}

export function toParticipant(row: ParticipantRow): ExerciseParticipant {
  return { organisationId: row.organisationId, name: row.name, odsCode: row.odsCode };
}

export function toExercisedRunbook(row: ExercisedRunbookRow): ExercisedRunbook {
  return {
    runbookId: row.runbookId,
    title: row.title,
    organisationId: row.organisationId,
    versionNumber: row.versionNumber,
  };
}

export function toFinding(row: ExerciseFindingEntity): ExerciseFinding {
  return {
    id: row.id,
    exerciseId: row.exerciseId,
    title: row.title,
    detail: row.detail,
    organisationId: row.organisationId,
    recordedAt: row.recordedAt,
  };
}
