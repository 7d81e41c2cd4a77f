import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExerciseComplianceStatus, ExerciseEvidenceKind, ExerciseType } from '../exercises/exercise-enums';

@ObjectType({ description: 'What met an exercise type last: an exercise, or a real incident that counts for it.' })
export class ExerciseEvidence {
  @Field(() => ExerciseEvidenceKind)
  kind: ExerciseEvidenceKind;

  @Field(() => ID, { description: 'The exercise or the incident.' })
  id: string;

  @Field({ description: "The exercise's title, or the incident's reference and title." })
  title: string;

  @Field()
  at: Date;
}

@ObjectType({ description: "An organisation's standing for one exercise type." })
export class ExerciseTypeCompliance {
  @Field(() => ExerciseType)
  type: ExerciseType;

  @Field({ description: 'In words: "table-top exercise".' })
  words: string;

  @Field(() => Int, { description: 'Months between exercises of this type (EXERCISE_MONTHS_*).' })
  intervalMonths: number;

  @Field(() => ExerciseEvidence, { nullable: true, description: 'The latest; null when never done.' })
  last: ExerciseEvidence | null;

  @Field(() => Date, { nullable: true, description: 'When the next is due; null when never done (due now).' })
  nextDueAt: Date | null;

  @Field(() => ExerciseComplianceStatus)
  status: ExerciseComplianceStatus;
}

@ObjectType({
  description:
    'Exercise compliance of an organisation (EPRR Framework frequencies): per type, the latest exercise (or the real incident that counts for it) and when the next is due.',
})
export class ExerciseCompliance {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  evaluatedAt: Date;

  @Field(() => [ExerciseTypeCompliance])
  types: ExerciseTypeCompliance[];
}
