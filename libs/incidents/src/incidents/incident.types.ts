import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { OrganisationKind } from '@muster/identity';
import { IncidentCategory } from '@muster/runbooks';
import { CommandRole, IncidentScope, IncidentStatus, IncidentType } from './incident-enums';

/** A person named on an incident (reporter, role holder, decision maker): their name only. */
@ObjectType()
export class IncidentPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'False once the person has been deactivated.' })
  active: boolean;
}

@ObjectType()
export class IncidentOrganisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;
}

@ObjectType({
  description:
    'Who held a command role on the incident, from when to when (a handover ends one holding and starts the next).',
})
export class IncidentRoleHolding {
  @Field(() => ID)
  id: string;

  @Field(() => CommandRole)
  role: CommandRole;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while held.' })
  endedAt: Date | null;

  userId: string;
  organisationId: string | null;
  assignedById: string | null;
}

@ObjectType({ description: 'How many records the incident has.' })
export class IncidentCounts {
  @Field(() => Int)
  sitReps: number;

  @Field(() => Int)
  decisions: number;

  @Field(() => Int)
  lessons: number;

  @Field(() => Int)
  methaneRevisions: number;
}

@ObjectType({ description: 'An incident of the ICS. Lifecycle and rules: the transition table (README, "Incidents").' })
export class Incident {
  @Field(() => ID)
  id: string;

  @Field({ description: 'INC-YYYY-NNNN, gap-free per calendar year across the ICS.' })
  reference: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => IncidentCategory)
  category: IncidentCategory;

  @Field(() => IncidentType)
  type: IncidentType;

  @Field(() => Int, {
    description: 'NHS response level: 1 local, 2 ICB, 3 NHS England region, 4 NHS England national.',
  })
  level: number;

  @Field(() => IncidentScope)
  scope: IncidentScope;

  @Field(() => IncidentStatus)
  status: IncidentStatus;

  @Field()
  personalDataInvolved: boolean;

  @Field(() => Date)
  reportedAt: Date;

  @Field(() => Date, { nullable: true })
  declaredAt: Date | null;

  @Field(() => Date, { nullable: true })
  containedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When recovery started.' })
  recoveredAt: Date | null;

  @Field(() => Date, { nullable: true })
  stoodDownAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When its Incident Coordination Centre was stood up: with lessons and an action plan, the command post exercise of its organisations.',
  })
  coordinationCentreOpenedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the latest SitRep was submitted.' })
  lastSitRepAt: Date | null;

  @Field(() => Int, { description: 'Optimistic lock: name it in every transition.' })
  version: number;

  leadOrganisationId: string;
  reportedById: string | null;
  declaredById: string | null;
}

@ObjectType()
export class IncidentConnection extends ConnectionType(Incident, 'IncidentConnection') {}
