import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs, Trim } from '@muster/platform-graphql';
import { TeamFunction } from '@muster/identity';
import { AssignmentOrder, AssignmentPriority, AssignmentSourceKind, AssignmentStatus } from './assignment-enums';

@InputType()
export class AssignmentFilter {
  @Field(() => ID, { nullable: true, description: 'Owned by this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => TeamFunction, { nullable: true })
  @IsOptional()
  @IsEnum(TeamFunction)
  function?: TeamFunction;

  @Field(() => AssignmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AssignmentStatus)
  status?: AssignmentStatus;

  @Field(() => Boolean, { nullable: true, description: 'Past its due time and not finished (true), or not (false).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  exerciseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => AssignmentSourceKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssignmentSourceKind)
  source?: AssignmentSourceKind;
}

@ArgsType()
export class MyAssignmentsArgs extends PageArgs {
  @Field(() => AssignmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssignmentFilter)
  filter?: AssignmentFilter;
}

@ArgsType()
export class AssignmentsArgs extends MyAssignmentsArgs {
  @Field(() => AssignmentOrder, { nullable: true, defaultValue: AssignmentOrder.DUE_SOONEST_FIRST })
  @IsOptional()
  @IsEnum(AssignmentOrder)
  orderBy: AssignmentOrder = AssignmentOrder.DUE_SOONEST_FIRST;
}

@ArgsType()
export class AssignmentIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType({ description: 'Where an assignment comes from; MANUAL needs nothing else.' })
export class AssignmentSourceInput {
  @Field(() => AssignmentSourceKind)
  @IsEnum(AssignmentSourceKind)
  kind: AssignmentSourceKind;

  @Field(() => ID, { nullable: true, description: 'The finding, lesson, gap or runbook step it comes from.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The incident (INCIDENT_STEP, INCIDENT_LESSON; optional otherwise).',
  })
  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @Field(() => ID, { nullable: true, description: 'The exercise (EXERCISE_FINDING).' })
  @IsOptional()
  @IsUUID()
  exerciseId?: string;
}

@InputType()
export class CreateAssignmentInput {
  @Field(() => ID, { description: 'The organisation that owns and works it.' })
  @IsUUID()
  organisationId: string;

  @Field(() => ID, {
    nullable: true,
    description: "One of the owning organisation's teams, of the assignment's function.",
  })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'A named person of the owning organisation.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

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

  @Field(() => TeamFunction)
  @IsEnum(TeamFunction)
  function: TeamFunction;

  @Field(() => AssignmentSourceInput, { nullable: true, description: 'MANUAL when not given.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssignmentSourceInput)
  source?: AssignmentSourceInput;

  @Field(() => AssignmentPriority, { nullable: true, defaultValue: AssignmentPriority.MEDIUM })
  @IsOptional()
  @IsEnum(AssignmentPriority)
  priority?: AssignmentPriority;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'DONE needs evidence; an incident stands down only once it is DONE or WAIVED.',
  })
  @IsOptional()
  @IsBoolean()
  mandatory?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date;

  @Field(() => [ID], {
    nullable: true,
    description: 'Assignments that must be done (or waived) before this one starts.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  dependsOn?: string[];
}

@InputType()
export class AssignmentChangeInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you last saw; a newer one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class AssignmentReasonInput extends AssignmentChangeInput {
  @Field({ description: 'Why (blocked on what, why cancelled or waived).' })
  @Trim()
  @IsString()
  @Length(3, 2000)
  reason: string;
}

@InputType()
export class AssignmentNoteInput extends AssignmentChangeInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 2000)
  note?: string;
}

@InputType()
export class EvidenceInput {
  @Field()
  @Trim()
  @IsString()
  @Length(3, 5000)
  text: string;

  @Field(() => [String], { nullable: true, description: 'Links to what shows it (https).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true })
  @MaxLength(2000, { each: true })
  links?: string[];
}

@InputType()
export class CompleteAssignmentInput extends AssignmentChangeInput {
  @Field(() => EvidenceInput, {
    nullable: true,
    description: 'Evidence given with the completion (needed when mandatory and none was added).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;
}

@InputType()
export class AddAssignmentEvidenceInput extends AssignmentChangeInput {
  @Field(() => EvidenceInput)
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence: EvidenceInput;
}

@InputType()
export class ReassignAssignmentInput extends AssignmentChangeInput {
  @Field(() => ID, { nullable: true, description: "One of the owning organisation's teams; omitted: unchanged." })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A person of the owning organisation; omitted with clearAssignee false: unchanged.',
  })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Leave it with the team, no named person.' })
  @IsOptional()
  @IsBoolean()
  clearAssignee?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 2000)
  note?: string;
}

@InputType()
export class ChangeAssignmentDueInput extends AssignmentReasonInput {
  @Field({ nullable: true, description: 'The new due time; null: no due time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date;
}

@InputType()
export class SetAssignmentDependenciesInput extends AssignmentChangeInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  dependsOn: string[];
}
