import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';

@ObjectType({ description: 'Actions of one status.' })
export class StatusCount {
  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Actions of one function or organisation: how many, closed and overdue.' })
export class ActionTally {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Done, waived or cancelled.' })
  closed: number;

  @Field(() => Int, { description: 'Not closed and past their due time.' })
  overdue: number;
}

@ObjectType()
export class FunctionActionTally extends ActionTally {
  @Field(() => TeamFunction)
  function: TeamFunction;
}

@ObjectType()
export class OrganisationActionTally extends ActionTally {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;
}

@ObjectType({
  description:
    "An exercise's action plan at a glance (counts only, every action of every organisation): by status, function and organisation, % closed, % overdue and the oldest still open.",
})
export class ExerciseActionTracker {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Done, waived or cancelled.' })
  closed: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Float, { nullable: true, description: 'Closed ÷ total, 0–100 (1 decimal); null with no actions.' })
  closedPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Overdue ÷ total, 0–100 (1 decimal); null with no actions.' })
  overduePercent: number | null;

  @Field(() => Date, { nullable: true, description: 'When the oldest action still open was raised.' })
  oldestOpenSince: Date | null;

  @Field(() => [StatusCount])
  byStatus: StatusCount[];

  @Field(() => [FunctionActionTally])
  byFunction: FunctionActionTally[];

  @Field(() => [OrganisationActionTally])
  byOrganisation: OrganisationActionTally[];
}
