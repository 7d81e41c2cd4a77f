import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { AssignmentPriority, AssignmentStatus } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';
import { ConnectionType, PageArgs } from '@muster/platform-graphql';

@ObjectType({ description: 'An organisation or team, by name.' })
export class ExerciseActionParty {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'Who an action is given to: their display name only.' })
export class ExerciseActionAssignee {
  @Field()
  name: string;
}

@ObjectType({ description: 'The finding an action answers.' })
export class ExerciseActionFinding {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({
  description:
    "One action of an exercise's plan as whoever sees the exercise sees it: what, whose, due and how far. Its description, evidence, notes and history stay with the assignment (assignment(id)), seen by its owner, the organiser and commanders.",
})
export class ExerciseAction {
  @Field(() => ID, { description: 'The assignment.' })
  id: string;

  @Field()
  title: string;

  @Field(() => TeamFunction)
  function: TeamFunction;

  @Field(() => AssignmentPriority)
  priority: AssignmentPriority;

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Field({ description: 'Past its due time and not finished, by the server clock.' })
  overdue: boolean;

  @Field({ description: 'When it was raised.' })
  createdAt: Date;

  @Field(() => ExerciseActionFinding)
  finding: ExerciseActionFinding;

  @Field(() => ExerciseActionParty, { description: 'The organisation that owns and works it.' })
  organisation: ExerciseActionParty;

  @Field(() => ExerciseActionParty, { nullable: true })
  team: ExerciseActionParty | null;

  @Field(() => ExerciseActionAssignee, { nullable: true })
  assignee: ExerciseActionAssignee | null;

  @Field({ description: 'Given to the caller in person.' })
  assignedToMe: boolean;
}

export const ExerciseActionConnection = ConnectionType(ExerciseAction, 'ExerciseActionConnection');

@InputType()
export class ExerciseActionFilter {
  @Field(() => ID, { nullable: true, description: 'Owned by this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => AssignmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AssignmentStatus)
  status?: AssignmentStatus;

  @Field({ nullable: true, description: 'Only the overdue (true) or only the others (false).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@ArgsType()
export class ExerciseActionsArgs extends PageArgs {
  @Field(() => ExerciseActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseActionFilter)
  filter?: ExerciseActionFilter;
}
