import { registerEnumType } from '@nestjs/graphql';

/** The EPRR Framework's exercise types. */
export enum ExerciseType {
  COMMUNICATIONS = 'COMMUNICATIONS',
  TABLE_TOP = 'TABLE_TOP',
  LIVE_PLAY = 'LIVE_PLAY',
  COMMAND_POST = 'COMMAND_POST',
}

/** NHS England's exercise programme themes (2024–2030, each in turn yearly). */
export enum ExerciseTheme {
  CASUALTY_AND_MASS_CASUALTY = 'CASUALTY_AND_MASS_CASUALTY',
  HAZMAT_AND_CBRN = 'HAZMAT_AND_CBRN',
  BUSINESS_CONTINUITY = 'BUSINESS_CONTINUITY',
  CYBER_AND_DIGITAL = 'CYBER_AND_DIGITAL',
  INFECTIOUS_DISEASE_AND_PANDEMICS = 'INFECTIOUS_DISEASE_AND_PANDEMICS',
  ADVERSE_WEATHER = 'ADVERSE_WEATHER',
  SECURITY_SHELTER_AND_EVACUATION = 'SECURITY_SHELTER_AND_EVACUATION',
}

/** Where an exercise type was met from: an exercise, or (substitution rules) a real incident. */
export enum ExerciseEvidenceKind {
  EXERCISE = 'EXERCISE',
  INCIDENT = 'INCIDENT',
}

/** An organisation's standing for one exercise type. */
export enum ExerciseComplianceStatus {
  /** Done within its interval. */
  IN_DATE = 'IN_DATE',
  /** Never done, or its interval has passed. */
  OVERDUE = 'OVERDUE',
}

export const EXERCISE_TYPES = Object.values(ExerciseType);

export const EXERCISE_TYPE_WORDS: Record<ExerciseType, string> = {
  [ExerciseType.COMMUNICATIONS]: 'communications exercise',
  [ExerciseType.TABLE_TOP]: 'table-top exercise',
  [ExerciseType.LIVE_PLAY]: 'live play exercise',
  [ExerciseType.COMMAND_POST]: 'command post exercise',
};

registerEnumType(ExerciseType, {
  name: 'ExerciseType',
  description: 'EPRR Framework exercise types: communications, table-top, live play, command post.',
});
registerEnumType(ExerciseTheme, {
  name: 'ExerciseTheme',
  description: "NHS England's exercise programme themes.",
});
registerEnumType(ExerciseEvidenceKind, { name: 'ExerciseEvidenceKind' });
registerEnumType(ExerciseComplianceStatus, { name: 'ExerciseComplianceStatus' });
