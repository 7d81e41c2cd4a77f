import { addMonths } from '@muster/runbooks';
import { ExerciseComplianceStatus, ExerciseType } from '../exercises/exercise-enums';

/** Months between exercises of each type (EPRR Framework: 6, 12, 36, 36; EXERCISE_MONTHS_*). */
export type ExerciseIntervals = Record<ExerciseType, number>;

export function intervalsFrom(config: {
  communications: number;
  tableTop: number;
  livePlay: number;
  commandPost: number;
}): ExerciseIntervals {
  return {
    [ExerciseType.COMMUNICATIONS]: config.communications,
    [ExerciseType.TABLE_TOP]: config.tableTop,
    [ExerciseType.LIVE_PLAY]: config.livePlay,
    [ExerciseType.COMMAND_POST]: config.commandPost,
  };
}

/**
 * When the next exercise of a type is due and whether the organisation is in date: due
 * `months` after the last one; never done is overdue now (no due date to wait for). An
 * exercise due today is still in date.
 */
export function standing(
  lastAt: Date | null,
  months: number,
  now: Date,
): { nextDueAt: Date | null; status: ExerciseComplianceStatus } {
  if (!lastAt) return { nextDueAt: null, status: ExerciseComplianceStatus.OVERDUE };
  const nextDueAt = addMonths(lastAt, months);
  return {
    nextDueAt,
    status: now.getTime() <= nextDueAt.getTime() ? ExerciseComplianceStatus.IN_DATE : ExerciseComplianceStatus.OVERDUE,
  };
}
