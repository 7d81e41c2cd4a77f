import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { ExerciseTheme, ExerciseType } from './exercise-enums';

@ObjectType({ description: 'An organisation that took part in an exercise.' })
export class ExerciseParticipant {
  @Field(() => ID)
  organisationId: string;

  @Field()
  name: string;

  @Field()
  odsCode: string;
}

@ObjectType({ description: 'A runbook an exercise tested, with the version in force then (null: a draft).' })
export class ExercisedRunbook {
  @Field(() => ID)
  runbookId: string;

  @Field()
  title: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => Int, { nullable: true })
  versionNumber: number | null;
}

@ObjectType({ description: 'A lesson identified by an exercise; it may raise assignments (the action plan).' })
export class ExerciseFinding {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  exerciseId: string;

  @Field()
  title: string;

  @Field()
  detail: string;

  @Field(() => ID, { nullable: true, description: 'The organisation it concerns, if one.' })
  organisationId: string | null;

  @Field()
  recordedAt: Date;
}

@ObjectType({
  description:
    'An exercise (EPRR Framework): seen by the organiser, the organisations that took part, system-wide roles and the ICB EPRR lead.',
})
export class Exercise {
  @Field(() => ID)
  id: string;

  @Field(() => ExerciseType)
  type: ExerciseType;

  @Field(() => ExerciseTheme)
  theme: ExerciseTheme;

  @Field()
  title: string;

  @Field()
  scenario: string;

  @Field()
  heldAt: Date;

  @Field(() => ID)
  organisingOrganisationId: string;

  @Field()
  organisingOrganisationName: string;

  @Field(() => Int, { description: 'Optimistic version: grows with each addition.' })
  version: number;

  @Field()
  createdAt: Date;
}

export const ExerciseConnection = ConnectionType(Exercise, 'ExerciseConnection');
