import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IncidentCategory } from '../incident-category';
import { RunbookStep } from '../steps/runbook-step.types';

/** An approved, immutable version of a runbook. */
@ObjectType()
export class RunbookVersion {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  runbookId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  versionNumber: number;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [IncidentCategory])
  categories: IncidentCategory[];

  @Field(() => [RunbookStep])
  steps: RunbookStep[];

  @Field(() => Int)
  reviewIntervalMonths: number;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  approvedAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'For an adopted runbook: the template version this version is based on.',
  })
  basedOnTemplateVersion: number | null;

  // For field resolvers.
  submittedById: string | null;
  approvedById: string | null;
}
