import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AssignmentPriority } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';
import { Trim } from '@muster/platform-graphql';

@InputType({ description: 'One action of an exercise finding: an assignment for the organiser or a participant.' })
export class ExerciseActionInput {
  @Field(() => ID, { description: 'The organisation that owns and works it: the organiser or a participant.' })
  @IsUUID()
  organisationId: string;

  @Field({ description: '3–200 characters.' })
  @Trim()
  @Length(3, 200)
  title: string;

  @Field({ nullable: true, description: 'Up to 5,000 characters.' })
  @IsOptional()
  @Trim()
  @MaxLength(5000)
  description?: string;

  @Field(() => TeamFunction)
  @IsEnum(TeamFunction)
  function: TeamFunction;

  @Field(() => ID, { nullable: true, description: "One of the owning organisation's teams, of the action's function." })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'A named person of the owning organisation.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => AssignmentPriority, { nullable: true })
  @IsOptional()
  @IsEnum(AssignmentPriority)
  priority?: AssignmentPriority;

  @Field({ nullable: true, description: 'DONE then needs evidence.' })
  @IsOptional()
  @IsBoolean()
  mandatory?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date;
}

@InputType()
export class RaiseExerciseActionsInput {
  @Field(() => ID, { description: 'The finding the actions answer.' })
  @IsUUID()
  findingId: string;

  @Field(() => [ExerciseActionInput], { description: '1–20 actions.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ExerciseActionInput)
  actions: ExerciseActionInput[];
}
