import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs, Trim } from '@muster/platform-graphql';
import { IncidentCategory } from '../incident-category';
import { RunbookStatus } from './runbook-status';

@InputType()
export class RunbookFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => IncidentCategory, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentCategory)
  category?: IncidentCategory;

  @Field(() => RunbookStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RunbookStatus)
  status?: RunbookStatus;

  @Field({
    nullable: true,
    description: 'True: the next review date has come. False: it has not (or there is none yet).',
  })
  @IsOptional()
  @IsBoolean()
  dueForReview?: boolean;

  @Field({ nullable: true, description: "True: ICS templates only. False: organisations' own runbooks only." })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;
}

@ArgsType()
export class RunbooksArgs extends PageArgs {
  // Without both, the pipe never looks inside the filter (a malformed id reached SQL).
  @Field(() => RunbookFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RunbookFilter)
  filter?: RunbookFilter;
}

@ArgsType()
export class RunbookIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class CreateRunbookInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 200)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => [IncidentCategory])
  @IsEnum(IncidentCategory, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  categories: IncidentCategory[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Months between reviews: at most RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS (12 by default; plans are reviewed at least annually); default 12 or that maximum.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  reviewIntervalMonths?: number;

  @Field({ nullable: true, description: 'Publish as an ICS template (the ICB only).' })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;
}

@InputType()
export class UpdateRunbookDraftInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => [IncidentCategory], { nullable: true })
  @IsOptional()
  @IsEnum(IncidentCategory, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  categories?: IncidentCategory[];

  @Field(() => Int, {
    nullable: true,
    description: 'Months between reviews: at most RUNBOOK_MAX_REVIEW_INTERVAL_MONTHS (12 by default).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  // The absolute bound; the configured cap (ReviewPolicy) is usually lower.
  @Max(36)
  reviewIntervalMonths?: number;
}

/** Identifies a runbook and, optionally, the version the caller last saw. */
@InputType()
export class RunbookRefInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { nullable: true, description: 'When given, a newer version on the server is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class ReturnRunbookToDraftInput extends RunbookRefInput {
  @Field({ nullable: true, description: 'Why it goes back (recorded in the audit trail).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@InputType()
export class RetireRunbookInput extends RunbookRefInput {
  @Field({
    description: 'Why the plan is retired (what replaces it, if anything): kept on the runbook and in the audit trail.',
  })
  @Trim()
  @IsString()
  @Length(3, 1000)
  reason: string;
}

@InputType()
export class MarkRunbookReviewedInput extends RunbookRefInput {
  @Field({ nullable: true, description: 'What the review covered (recorded in the audit trail).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

@InputType()
export class SetRunbookOwnerInput extends RunbookRefInput {
  @Field(() => ID, { description: 'An active member of the owning organisation.' })
  @IsUUID()
  userId: string;
}

@InputType()
export class AdoptTemplateInput {
  @Field(() => ID)
  @IsUUID()
  templateId: string;

  @Field(() => ID, { description: 'The organisation adopting the template.' })
  @IsUUID()
  organisationId: string;
}
