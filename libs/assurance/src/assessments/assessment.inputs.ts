import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { AssignmentPriority } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';
import { Trim } from '@muster/platform-graphql';
import { AssuranceRating } from './assessment-enums';

const PERIOD = /^[0-9]{4}(-[0-9]{2})?$/;

@InputType()
export class StartAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => ID)
  @IsUUID()
  frameworkId: string;

  @Field({ description: 'The period assessed: a year (2025) or a financial year (2025-26).' })
  @Trim()
  @Matches(PERIOD, { message: 'period must be YYYY or YYYY-YY' })
  period: string;
}

@InputType()
export class StartNextAssessmentInput {
  @Field(() => ID, {
    description: 'Last period’s assessment, copied (ratings, evidence, owners, gaps) by requirement reference.',
  })
  @IsUUID()
  previousAssessmentId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The framework version to assess against; the previous one when not given.',
  })
  @IsOptional()
  @IsUUID()
  frameworkId?: string;

  @Field()
  @Trim()
  @Matches(PERIOD, { message: 'period must be YYYY or YYYY-YY' })
  period: string;
}

@InputType()
export class AssessmentChangeInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The assessment version you last saw; when given, a newer one on the server is a CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class RateRequirementInput extends AssessmentChangeInput {
  @Field(() => ID)
  @IsUUID()
  requirementId: string;

  @Field(() => AssuranceRating)
  @IsEnum(AssuranceRating)
  rating: AssuranceRating;

  @Field({ nullable: true, description: 'Up to 8,000 characters.' })
  @IsOptional()
  @Trim()
  @MaxLength(8000)
  evidence?: string;

  @Field(() => [String], { nullable: true, description: 'Up to 20 https links to the evidence.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true })
  evidenceLinks?: string[];

  @Field(() => ID, { nullable: true, description: 'A member of the organisation who owns the requirement.' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string;

  @Field({ nullable: true, description: 'The planned improvement when not fully met (up to 4,000 characters).' })
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  improvement?: string;

  @Field({ nullable: true, description: 'The target date of the improvement, YYYY-MM-DD.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  targetDate?: string;
}

@InputType()
export class ReturnAssessmentInput extends AssessmentChangeInput {
  @Field({ description: 'What to change before it is submitted again (1–4,000 characters).' })
  @Trim()
  @Length(1, 4000)
  comment: string;
}

@InputType()
export class RaiseAssessmentGapActionInput {
  @Field(() => ID, { description: 'The gap: the id of a rating not fully met.' })
  @IsUUID()
  gapId: string;

  @Field({ nullable: true, description: 'The action’s title; the requirement’s when not given (3–200 characters).' })
  @IsOptional()
  @Trim()
  @Length(3, 200)
  title?: string;

  @Field(() => TeamFunction)
  @IsEnum(TeamFunction)
  function: TeamFunction;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => AssignmentPriority, { nullable: true })
  @IsOptional()
  @IsEnum(AssignmentPriority)
  priority?: AssignmentPriority;

  @Field({ nullable: true, description: 'Due; the gap’s target date when not given.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date;
}

@ArgsType()
export class AssessmentIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class OrganisationAssessmentsArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}

@ArgsType()
export class AssuranceOverviewArgs {
  @Field(() => ID)
  @IsUUID()
  frameworkId: string;
}
