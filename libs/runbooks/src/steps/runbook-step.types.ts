import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { StepClockAnchor } from './step-clock-anchor';

/** A step of a runbook: of the working copy, or as published in a version. */
@ObjectType()
export class RunbookStep {
  @Field(() => ID, { description: 'Stable across versions while the step exists.' })
  id: string;

  @Field(() => Int, { description: '1-based order.' })
  position: number;

  @Field()
  title: string;

  @Field(() => TeamFunction, {
    nullable: true,
    description: 'The function whose people carry the step out; null when the step names a designation.',
  })
  function: TeamFunction | null;

  @Field(() => Role, {
    nullable: true,
    description: 'The role within the function; null when the step names a designation.',
  })
  responsibleRole: Role | null;

  @Field(() => Designation, {
    nullable: true,
    description:
      'The designated person who carries the step out (SIRO, Caldicott Guardian, on-call commander…), instead of a role.',
  })
  designation: Designation | null;

  @Field()
  instructions: string;

  @Field(() => Int, { nullable: true, description: 'Target time in minutes, counted from clockAnchor.' })
  targetMinutes: number | null;

  @Field(() => StepClockAnchor, {
    description: 'What targetMinutes counts from: the declaration, or awareness of a breach.',
  })
  clockAnchor: StepClockAnchor;

  @Field()
  mandatory: boolean;

  @Field(() => [ID], { description: 'Earlier steps this one waits for.' })
  dependsOn: string[];

  @Field(() => ID, { nullable: true, description: 'The ICS template step this one was adopted from.' })
  templateStepId: string | null;
}
