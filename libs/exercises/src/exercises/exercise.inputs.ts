import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs, Trim } from '@muster/platform-graphql';
import { ExerciseTheme, ExerciseType } from './exercise-enums';

/** Most organisations or runbooks added in one call. */
const MAX_ADDED = 50;

@InputType()
export class RecordExerciseInput {
  @Field(() => ID, { description: 'The organisation that ran it (its EPRR lead or admin records it).' })
  @IsUUID()
  organisingOrganisationId: string;

  @Field(() => ExerciseType)
  @IsEnum(ExerciseType)
  type: ExerciseType;

  @Field(() => ExerciseTheme)
  @IsEnum(ExerciseTheme)
  theme: ExerciseTheme;

  @Field({ description: '3–200 characters.' })
  @Trim()
  @Length(3, 200)
  title: string;

  @Field({ nullable: true, description: 'The scenario played (up to 8,000 characters).' })
  @IsOptional()
  @Trim()
  @MaxLength(8000)
  scenario?: string;

  @Field({ description: 'When it was held: not in the future.' })
  @Type(() => Date)
  @IsDate()
  heldAt: Date;

  @Field(() => [ID], { nullable: true, description: 'Other organisations that took part (up to 50).' })
  @IsOptional()
  @ArrayMaxSize(MAX_ADDED)
  @IsUUID('all', { each: true })
  participantOrganisationIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Runbooks exercised, of the organiser or a participant (up to 50): each with the version in force.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ADDED)
  @IsUUID('all', { each: true })
  runbookIds?: string[];
}

@InputType()
export class AddExerciseParticipantsInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => [ID], { description: '1–50 organisations; those already taking part are left as they are.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ADDED)
  @IsUUID('all', { each: true })
  organisationIds: string[];
}

@InputType()
export class AddExercisedRunbooksInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => [ID], {
    description: '1–50 runbooks of the organiser or a participant; those already added are left as they are.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ADDED)
  @IsUUID('all', { each: true })
  runbookIds: string[];
}

@InputType()
export class RecordExerciseFindingInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field({ description: 'The lesson identified, in one line (3–200 characters).' })
  @Trim()
  @Length(3, 200)
  title: string;

  @Field({ nullable: true, description: 'What happened and what should change (up to 4,000 characters).' })
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  detail?: string;

  @Field(() => ID, { nullable: true, description: 'The organisation it concerns: the organiser or a participant.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

@InputType()
export class ExerciseFilter {
  @Field(() => ID, { nullable: true, description: 'Organised by or with this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => ExerciseType, { nullable: true })
  @IsOptional()
  @IsEnum(ExerciseType)
  type?: ExerciseType;

  @Field(() => ExerciseTheme, { nullable: true })
  @IsOptional()
  @IsEnum(ExerciseTheme)
  theme?: ExerciseTheme;

  @Field({ nullable: true, description: 'Held at or after.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  heldFrom?: Date;

  @Field({ nullable: true, description: 'Held before.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  heldTo?: Date;
}

@ArgsType()
export class ExercisesArgs extends PageArgs {
  @Field(() => ExerciseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseFilter)
  filter?: ExerciseFilter;
}

@ArgsType()
export class ExerciseIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class ExerciseComplianceArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}
