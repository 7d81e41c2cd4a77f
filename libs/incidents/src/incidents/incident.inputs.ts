import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs, Trim } from '@muster/platform-graphql';
import { IncidentCategory } from '@muster/runbooks';
import { IncidentOrder, IncidentScope, IncidentStatus, IncidentType } from './incident-enums';

@InputType()
export class IncidentFilter {
  @Field(() => IncidentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentStatus)
  status?: IncidentStatus;

  @Field(() => Int, { nullable: true, description: 'Response level 1–4.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  level?: number;

  @Field(() => IncidentType, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentType)
  type?: IncidentType;

  @Field(() => IncidentCategory, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentCategory)
  category?: IncidentCategory;

  @Field(() => ID, { nullable: true, description: 'Led by or affecting this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => IncidentScope, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentScope)
  scope?: IncidentScope;

  @Field({ nullable: true, description: 'Reported at or after.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Reported before.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @Field({ nullable: true, description: 'In the title or the reference.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  search?: string;
}

@ArgsType()
export class IncidentsArgs extends PageArgs {
  @Field(() => IncidentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentFilter)
  filter?: IncidentFilter;

  @Field(() => IncidentOrder, { nullable: true, defaultValue: IncidentOrder.REPORTED_NEWEST_FIRST })
  @IsOptional()
  @IsEnum(IncidentOrder)
  orderBy: IncidentOrder = IncidentOrder.REPORTED_NEWEST_FIRST;
}

@ArgsType()
export class IncidentIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class IncidentReferenceArgs {
  @Field({ description: 'INC-YYYY-NNNN.' })
  @Trim()
  @IsString()
  @Matches(/^INC-\d{4}-\d{4}$/, { message: 'reference must look like INC-2026-0042' })
  reference: string;
}

@InputType()
export class ReportIncidentInput {
  @Field(() => ID, { description: 'The reporting organisation, which leads the incident.' })
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
  @MaxLength(10000)
  description?: string;

  @Field(() => IncidentCategory)
  @IsEnum(IncidentCategory)
  category: IncidentCategory;

  @Field(() => IncidentType, { nullable: true, defaultValue: IncidentType.BUSINESS_CONTINUITY })
  @IsOptional()
  @IsEnum(IncidentType)
  type?: IncidentType;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  level?: number;

  @Field(() => IncidentScope, { nullable: true, defaultValue: IncidentScope.ORGANISATION })
  @IsOptional()
  @IsEnum(IncidentScope)
  scope?: IncidentScope;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  personalDataInvolved?: boolean;

  @Field({
    nullable: true,
    description:
      "The reporter's idempotency key: a retry with the same key (per organisation) returns the same incident and writes nothing.",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200)
  clientKey?: string;
}

/** METHANE (ETHANE below the major-incident threshold), with the cyber readings of each field. */
@InputType()
export class MethaneInput {
  @Field({ description: 'M — Major incident declared?' })
  @IsBoolean()
  majorIncidentDeclared: boolean;

  @Field({ description: 'E — Exact location: sites, and for cyber the systems and networks.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  exactLocation: string;

  @Field({ description: 'T — Type of incident.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  typeOfIncident: string;

  @Field({ description: 'H — Hazards, present and potential.' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  hazards: string;

  @Field({ description: 'A — Access and egress (for cyber: how to reach the affected systems, remote access).' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  access: string;

  @Field({ description: 'N — Number and type of casualties (for cyber: patients, services and systems affected).' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  numberOfCasualties: string;

  @Field({ description: 'E — Emergency services present and required (for cyber: CSOC, NCSC, police, suppliers).' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  emergencyServices: string;
}

/** Identifies an incident and the version the caller last saw: a newer one is a CONFLICT. */
@InputType()
export class IncidentVersionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, {
    description: 'The version you saw; a newer one on the server is a CONFLICT and nothing changes.',
  })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class DeclareIncidentInput extends IncidentVersionInput {
  @Field(() => IncidentType, { nullable: true, description: 'Defaults to the type reported.' })
  @IsOptional()
  @IsEnum(IncidentType)
  type?: IncidentType;

  @Field(() => Int, { nullable: true, description: 'Defaults to the level reported.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  level?: number;

  @Field(() => IncidentScope, { nullable: true, description: 'Defaults to the scope reported.' })
  @IsOptional()
  @IsEnum(IncidentScope)
  scope?: IncidentScope;

  @Field(() => MethaneInput, {
    nullable: true,
    description: 'Required for a major incident; kept as the first METHANE revision.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MethaneInput)
  methane?: MethaneInput;
}

@InputType()
export class TransitionIncidentInput extends IncidentVersionInput {
  @Field({ nullable: true, description: 'What is said with it (recorded in the audit trail and on the timeline).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class CancelIncidentInput extends IncidentVersionInput {
  @Field({ description: 'Why: a false alarm, or a standby or declaration withdrawn.' })
  @Trim()
  @IsString()
  @Length(3, 1000)
  reason: string;
}

@InputType()
export class ChangeIncidentLevelInput extends IncidentVersionInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  level?: number;

  @Field(() => IncidentType, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentType)
  type?: IncidentType;

  @Field(() => IncidentScope, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentScope)
  scope?: IncidentScope;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 1000)
  reason: string;
}
