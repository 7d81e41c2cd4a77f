import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs, Trim } from '@muster/platform-graphql';
import { IgConsultee, IgDecisionType, IgOutcome, IgRecipient } from './ig-enums';

@InputType({ description: 'A processor (the ICS SOC acting for a trust) found the breach (Art. 33(2)).' })
export class IgProcessorInput {
  @Field({ description: 'Who the processor is.' })
  @Trim()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ nullable: true, description: 'When the processor told the controller; not yet when absent.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  toldControllerAt?: Date;
}

@InputType({
  description: "Opens an organisation's IG thread on an incident (one per organisation, its own data controller).",
})
export class OpenIgThreadInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => ID, { description: 'The data controller: the lead or an affected organisation of the incident.' })
  @IsUUID()
  organisationId: string;

  @Field({
    description:
      'When the controller became aware of the personal data breach, as a person says; may be before now, never after. The 72-hour clock runs from it.',
  })
  @Type(() => Date)
  @IsDate()
  awarenessAt: Date;

  @Field({
    nullable: true,
    description:
      'When the breach was first detected (the 12-hour senior-management clock runs from it); the awareness time when absent. Never after it.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  detectedAt?: Date;

  @Field(() => IgProcessorInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IgProcessorInput)
  processor?: IgProcessorInput;
}

@InputType({ description: 'The personal data involved.' })
export class IgDataInvolvedInput {
  @Field(() => [String], { description: 'Categories of data (e.g. "health records", "contact details").' })
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  @ArrayMaxSize(30)
  categories: string[];

  @Field({ description: 'Special-category data (health, among others: Art. 9).' })
  @IsBoolean()
  specialCategory: boolean;

  @Field({ description: 'Data of children or vulnerable people.' })
  @IsBoolean()
  childrenOrVulnerable: boolean;

  @Field(() => Int, { description: 'Approximate number of data subjects.' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  approxDataSubjects: number;

  @Field(() => Int, { description: 'Approximate number of records.' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  approxRecords: number;
}

@InputType({ description: 'What was decided and why; never changed once recorded.' })
export class IgDecisionDetailsInput {
  @Field(() => IgOutcome)
  @IsEnum(IgOutcome)
  outcome: IgOutcome;

  @Field({ nullable: true, description: 'When to review it: required for DEFERRED_PENDING_FACTS, after the decision.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  reviewAt?: Date;

  @Field(() => IgDataInvolvedInput)
  @ValidateNested()
  @Type(() => IgDataInvolvedInput)
  data: IgDataInvolvedInput;

  @Field(() => Int, {
    description: 'DSPT likelihood 1–5: not occurred, not likely, likely, highly likely, occurred.',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  likelihood: number;

  @Field(() => Int, {
    description: 'DSPT severity 1–5: no adverse effect, minor, adverse, serious, catastrophic.',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  severity: number;

  @Field({
    nullable: true,
    description: 'Required when the outcome goes against what the grading suggests (see suggestedReportable).',
  })
  @Trim()
  @IsOptional()
  @IsString()
  @Length(3, 4000)
  againstSuggestionReason?: string;

  @Field({ description: 'Why (Art. 33(5): every breach is recorded with its reasoning, reported or not).' })
  @Trim()
  @IsString()
  @Length(3, 8000)
  rationale: string;

  @Field({ description: 'The legal basis relied on.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  legalBasis: string;

  @Field(() => [IgConsultee], { description: 'Who was consulted (patient data: the Caldicott Guardian and the SIRO).' })
  @IsEnum(IgConsultee, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(3)
  consulted: IgConsultee[];

  @Field({ nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  consultationNotes?: string;

  @Field({ nullable: true, description: 'When it was decided; now by default. Never in the future.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  decidedAt?: Date;
}

@InputType({ description: 'The first decision of a type in a thread (a later one supersedes it).' })
export class RecordIgDecisionInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field(() => IgDecisionType)
  @IsEnum(IgDecisionType)
  type: IgDecisionType;

  @Field(() => IgDecisionDetailsInput)
  @ValidateNested()
  @Type(() => IgDecisionDetailsInput)
  decision: IgDecisionDetailsInput;
}

@InputType({
  description:
    'A correction: a new decision of the same thread and type that supersedes the current one, with its reason.',
})
export class SupersedeIgDecisionInput {
  @Field(() => ID, { description: 'The current decision it supersedes.' })
  @IsUUID()
  decisionId: string;

  @Field({ description: 'Why the earlier decision no longer stands.' })
  @Trim()
  @IsString()
  @Length(3, 4000)
  reason: string;

  @Field(() => IgDecisionDetailsInput)
  @ValidateNested()
  @Type(() => IgDecisionDetailsInput)
  decision: IgDecisionDetailsInput;
}

@InputType({
  description:
    'A notification made (or a further submission of information, Art. 33(4): the next phase). A first notification after its deadline needs the reasons for the delay.',
})
export class RecordIgNotificationInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field(() => IgRecipient)
  @IsEnum(IgRecipient)
  recipient: IgRecipient;

  @Field({ nullable: true, description: 'When it was made; now by default. Never in the future.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  notifiedAt?: Date;

  @Field({ nullable: true, description: "The authority's reference (required for the ICO, the DSPT and NIS)." })
  @Trim()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalReference?: string;

  @Field({ nullable: true, description: 'What was submitted in this phase.' })
  @Trim()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  details?: string;

  @Field({ nullable: true, description: 'The reasons for the delay: required when a first notification is late.' })
  @Trim()
  @IsOptional()
  @IsString()
  @Length(3, 4000)
  delayReason?: string;
}

@ArgsType()
export class IgIncidentArgs {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;
}

@ArgsType()
export class IgThreadArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class IgHistoryArgs {
  @Field(() => ID)
  @IsUUID()
  threadId: string;
}

@ArgsType()
export class IgDeadlinesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this organisation's threads." })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
