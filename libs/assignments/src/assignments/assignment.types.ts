import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { TeamFunction } from '@muster/identity';
import { AssignmentPriority, AssignmentSourceKind, AssignmentStatus } from './assignment-enums';

@ObjectType({ description: 'Where an assignment came from.' })
export class AssignmentSource {
  @Field(() => AssignmentSourceKind)
  kind: AssignmentSourceKind;

  @Field(() => ID, { nullable: true, description: 'The finding, lesson, gap or runbook step it came from.' })
  id: string | null;

  @Field(() => ID, { nullable: true })
  incidentId: string | null;

  @Field(() => ID, { nullable: true })
  exerciseId: string | null;

  @Field(() => ID, { nullable: true, description: 'The runbook activation it came from (INCIDENT_STEP).' })
  activationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The runbook step (INCIDENT_STEP).' })
  runbookStepId: string | null;
}

@ObjectType({ description: 'An organisation, team or person, by name.' })
export class AssignmentParty {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'Evidence of completion: text and links, appended, never edited.' })
export class AssignmentEvidence {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => [String])
  links: string[];

  @Field()
  addedAt: Date;
}

@ObjectType({ description: 'An assignment this one waits for.' })
export class AssignmentDependency {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;
}

@ObjectType({ description: "An entry of an assignment's history (its audit events)." })
export class AssignmentEvent {
  @Field()
  at: Date;

  @Field()
  action: string;

  @Field()
  actor: string;

  @Field()
  summary: string;
}

@ObjectType({
  description:
    'Cross-functional work owned by an organisation and team, from a source (a runbook step on an incident, an exercise finding, a readiness gap, a lesson, or manual).',
})
export class Assignment {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => TeamFunction)
  function: TeamFunction;

  @Field(() => AssignmentSource)
  source: AssignmentSource;

  @Field(() => AssignmentPriority)
  priority: AssignmentPriority;

  @Field({ description: 'DONE needs evidence; its incident stands down only once it is DONE or WAIVED.' })
  mandatory: boolean;

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => String, { nullable: true, description: 'Why it is BLOCKED, CANCELLED or WAIVED.' })
  statusReason: string | null;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it became DONE, CANCELLED or WAIVED.' })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Optimistic lock: give it back with a change.' })
  version: number;

  organisationId: string;
  assigningOrganisationId: string;
  teamId: string | null;
  assigneeUserId: string | null;
}

export const AssignmentConnection = ConnectionType(Assignment, 'AssignmentConnection');
