import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus } from '../assignments/assignment-enums';

@ObjectType()
export class AssignmentStatusCount {
  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ActivationPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: "A runbook's approved version activated on the incident for one of its organisations." })
export class IncidentRunbookActivation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  runbookId: string;

  @Field({ description: 'The title of the version activated.' })
  runbookTitle: string;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => ActivationPerson, { nullable: true, description: 'Null when activated by the system.' })
  activatedBy: ActivationPerson | null;

  @Field()
  activatedAt: Date;

  @Field(() => [AssignmentStatusCount], {
    description:
      'Its assignments (one per step) by status, counting those you may see (as `assignments` lists them); statuses with none left out.',
  })
  assignmentCounts: AssignmentStatusCount[];
}
