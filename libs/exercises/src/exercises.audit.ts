/**
 * The audit actions of exercises. The strings are part of the trail's history: never
 * change one (add a new action instead).
 */
export const ExerciseAudit = {
  recorded: 'exercise.recorded',
  participantsAdded: 'exercise.participants_added',
  runbooksAdded: 'exercise.runbooks_added',
  findingRecorded: 'exercise.finding_recorded',
  actionsRaised: 'exercise.actions_raised',
} as const;

export type ExerciseAuditAction = (typeof ExerciseAudit)[keyof typeof ExerciseAudit];
