import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Role } from '@muster/platform-access';
import { Trim } from '@muster/platform-graphql';
import { Designation, TeamFunction } from '@muster/identity';
import { StepClockAnchor } from './step-clock-anchor';
import { STEP_ROLE_MESSAGE, STEP_ROLES } from './step-roles';

const MAX_STEPS = 100;
const MAX_TARGET_MINUTES = 525_600; // a year

@InputType()
export class AddRunbookStepInput {
  @Field(() => ID)
  @IsUUID()
  runbookId: string;

  @Field(() => Int, { nullable: true, description: 'When given, a newer runbook version on the server is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => Int, { nullable: true, description: '1-based place to insert at; default: last.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 200)
  title: string;

  @Field(() => TeamFunction, {
    nullable: true,
    description: 'With responsibleRole: the function whose people carry the step out (not with designation).',
  })
  @IsOptional()
  @IsEnum(TeamFunction)
  function?: TeamFunction;

  @Field(() => Role, {
    nullable: true,
    description:
      'With function: who carries the step out; SYSTEM_ADMIN, AUDITOR and VIEWER cannot (not with designation).',
  })
  @IsOptional()
  @IsEnum(Role)
  @IsIn(STEP_ROLES, { message: STEP_ROLE_MESSAGE })
  responsibleRole?: Role;

  @Field(() => Designation, {
    nullable: true,
    description:
      'Instead of a role: the designated person who carries the step out (SIRO, Caldicott Guardian, on-call commander…).',
  })
  @IsOptional()
  @IsEnum(Designation)
  designation?: Designation;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  instructions?: string;

  @Field(() => Int, { nullable: true, description: 'Target time in minutes, counted from clockAnchor.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TARGET_MINUTES)
  targetMinutes?: number;

  @Field(() => StepClockAnchor, {
    nullable: true,
    description:
      'What targetMinutes counts from; a new step counts from DECLARATION unless this says BREACH_AWARENESS.',
  })
  @IsOptional()
  @IsEnum(StepClockAnchor)
  clockAnchor?: StepClockAnchor;

  @Field({
    nullable: true,
    description: 'Whether the step must be done; a new step is mandatory unless this says false.',
  })
  @IsOptional()
  @IsBoolean()
  mandatory?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Earlier steps this one waits for.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_STEPS)
  dependsOn?: string[];
}

/** An edit of a step: the fields of a new step (and their rules), each optional. */
@InputType()
export class UpdateRunbookStepInput extends PartialType(
  OmitType(AddRunbookStepInput, ['runbookId', 'version', 'position'] as const),
  InputType,
) {
  @Field(() => ID)
  @IsUUID()
  stepId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field({ nullable: true, description: 'Removes the target time (targetMinutes is then ignored).' })
  @IsOptional()
  @IsBoolean()
  clearTargetTime?: boolean;
}

@InputType()
export class ReorderRunbookStepsInput {
  @Field(() => ID)
  @IsUUID()
  runbookId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [ID], { description: 'Every step id of the runbook, in the new order.' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_STEPS)
  stepIds: string[];
}

@InputType()
export class RemoveRunbookStepInput {
  @Field(() => ID)
  @IsUUID()
  stepId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;
}

export { MAX_STEPS };
