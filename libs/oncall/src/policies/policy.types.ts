import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Designation } from '@muster/identity';
import { OnCallDuty } from '../duty';

export enum EscalationTarget {
  /** Whoever is on call on the duty's rota. */
  ON_CALL = 'ON_CALL',
  /** Whoever is on call on the duty's deputy rota. */
  DEPUTY = 'DEPUTY',
  /** The person the organisation designates (the Accountable Emergency Officer, the SIRO…). */
  DESIGNATION = 'DESIGNATION',
}

registerEnumType(EscalationTarget, {
  name: 'EscalationTarget',
  description: "Whom a level pages: the duty's on-call, its deputy rota's, or a designated person.",
});

/** A level as stored (the policy's `levels` json, and a page's snapshot of it). */
export interface LevelJson {
  target: EscalationTarget;
  designation: Designation | null;
  ackTimeoutMinutes: number;
}

@ObjectType()
export class EscalationLevel {
  @Field(() => Int, { description: '1 for the first level.' })
  level: number;

  @Field(() => EscalationTarget)
  target: EscalationTarget;

  @Field(() => Designation, { nullable: true })
  designation: Designation | null;

  @Field(() => Int, { description: 'Unacknowledged after this many minutes: the next level is paged.' })
  ackTimeoutMinutes: number;
}

@ObjectType({ description: "How an organisation's pages for a duty escalate when nobody acknowledges." })
export class EscalationPolicy {
  @Field(() => ID, { nullable: true, description: 'Null for the default policy of a duty with none set.' })
  id: string | null;

  @Field(() => ID)
  organisationId: string;

  @Field(() => OnCallDuty)
  duty: OnCallDuty;

  @Field(() => [EscalationLevel])
  levels: EscalationLevel[];

  @Field(() => Int, { description: 'How many times the levels are run through again after the last one.' })
  repeats: number;

  @Field(() => Int)
  version: number;
}

@InputType()
export class EscalationLevelInput {
  @Field(() => EscalationTarget)
  @IsEnum(EscalationTarget)
  target: EscalationTarget;

  @Field(() => Designation, { nullable: true, description: 'Required for DESIGNATION.' })
  @IsOptional()
  @IsEnum(Designation)
  designation?: Designation;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1440)
  ackTimeoutMinutes: number;
}

@InputType()
export class SetEscalationPolicyInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => OnCallDuty)
  @IsEnum(OnCallDuty)
  duty: OnCallDuty;

  @Field(() => [EscalationLevelInput])
  @ValidateNested({ each: true })
  @Type(() => EscalationLevelInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  levels: EscalationLevelInput[];

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  repeats?: number;

  @Field(() => Int, { nullable: true, description: 'The version you edited (leave out for a new policy).' })
  @IsOptional()
  @IsInt()
  version?: number;
}
