import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { IgConsultee, IgDeadlineStatus, IgDecisionType, IgOutcome, IgRecipient } from './ig-enums';

@ObjectType('IgOrganisation', { description: 'The data controller of a thread.' })
export class IgOrganisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'Who took a decision.' })
export class IgPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: 'A clock beside the 72-hour one: its due time and when it was met.' })
export class IgClock {
  @Field(() => Date)
  dueAt: Date;

  @Field({ description: 'The due time on a clock in England (BST or GMT named).' })
  dueLondon: string;

  @Field(() => Date, { nullable: true, description: 'When it was met; null while not.' })
  metAt: Date | null;

  @Field({ description: 'Met after its due time, or not met and past it.' })
  late: boolean;
}

@ObjectType({ description: 'A processor found the breach (Art. 33(2)): when it told the controller.' })
export class IgProcessorClock extends IgClock {
  @Field()
  name: string;
}

@ObjectType({
  description:
    'The content of an IG decision: seen only by the organisation’s IG officers, the incident’s commander and IG lead, auditors and system admins.',
})
export class IgDecisionContent {
  @Field(() => [String])
  dataCategories: string[];

  @Field()
  specialCategory: boolean;

  @Field()
  childrenOrVulnerable: boolean;

  @Field(() => Int)
  approxDataSubjects: number;

  @Field(() => Int)
  approxRecords: number;

  @Field(() => Int)
  likelihood: number;

  @Field()
  likelihoodLabel: string;

  @Field(() => Int)
  severity: number;

  @Field()
  severityLabel: string;

  @Field({ description: 'What the DSPT thresholds suggested when it was decided.' })
  suggestedReportable: boolean;

  @Field(() => String, { nullable: true })
  againstSuggestionReason: string | null;

  @Field()
  rationale: string;

  @Field()
  legalBasis: string;

  @Field(() => [IgConsultee])
  consulted: IgConsultee[];

  @Field(() => String, { nullable: true })
  consultationNotes: string | null;

  @Field(() => IgPerson)
  decidedBy: IgPerson;

  @Field(() => String, { nullable: true, description: 'Why it superseded the earlier decision.' })
  supersedeReason: string | null;
}

@ObjectType({
  description:
    'An IG decision, immutable. Everyone who sees the incident sees that it exists, its type, outcome and times; its content only those who may (content is null for others).',
})
export class IgDecision {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field(() => IgDecisionType)
  type: IgDecisionType;

  @Field(() => IgOutcome)
  outcome: IgOutcome;

  @Field(() => Date, { nullable: true, description: 'When a deferred decision is to be reviewed.' })
  reviewAt: Date | null;

  @Field(() => Date)
  decidedAt: Date;

  @Field(() => Date)
  recordedAt: Date;

  @Field(() => ID, { nullable: true })
  supersedesDecisionId: string | null;

  @Field(() => ID, { nullable: true })
  supersededByDecisionId: string | null;

  @Field({ description: 'Not superseded: the current position on its type.' })
  current: boolean;

  @Field(() => IgDecisionContent, { nullable: true, description: 'Null for callers who may not see it.' })
  content: IgDecisionContent | null;
}

@ObjectType({ description: 'The restricted part of a notification record.' })
export class IgNotificationContent {
  @Field(() => String, { nullable: true })
  externalReference: string | null;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => String, { nullable: true })
  delayReason: string | null;
}

@ObjectType({ description: 'A notification made, in phases per recipient (Art. 33(4)).' })
export class IgNotificationRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field(() => IgRecipient)
  recipient: IgRecipient;

  @Field(() => Int, { description: '1 for the notification, 2… for further submissions.' })
  phase: number;

  @Field(() => Date)
  notifiedAt: Date;

  @Field({ description: 'A first notification made after its deadline (with the reasons, in the content).' })
  late: boolean;

  @Field(() => IgNotificationContent, { nullable: true, description: 'Null for callers who may not see it.' })
  content: IgNotificationContent | null;
}

@ObjectType({
  description:
    "One data controller's IG thread on an incident: its awareness time and the 72-hour clock (UK GDPR Art. 33; NIS reg. 11), the DSPT senior-management clock and, where a processor found the breach, the Art. 33(2) clock; its decisions and notifications.",
})
export class IgThread {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  incidentId: string;

  @Field()
  incidentReference: string;

  @Field(() => IgOrganisation)
  organisation: IgOrganisation;

  @Field(() => Date)
  detectedAt: Date;

  @Field(() => Date, { description: 'When the controller became aware, as entered by a person.' })
  awarenessAt: Date;

  @Field()
  awarenessLondon: string;

  @Field(() => Date, { description: 'Awareness + 72 hours, an instant.' })
  deadlineAt: Date;

  @Field({ description: 'The deadline on a clock in England (BST or GMT named).' })
  deadlineLondon: string;

  @Field(() => IgDeadlineStatus)
  deadlineStatus: IgDeadlineStatus;

  @Field(() => IgClock, {
    description: 'The report to senior management, due within the configured hours of detection (DSPT).',
  })
  seniorManagement: IgClock;

  @Field(() => IgProcessorClock, { nullable: true, description: 'Where a processor found the breach.' })
  processor: IgProcessorClock | null;

  @Field(() => Date)
  openedAt: Date;

  @Field({ description: 'Whether the caller sees the content of its decisions and notifications.' })
  contentVisible: boolean;
}

@ObjectType()
export class IgThreadConnection extends ConnectionType(IgThread, 'IgThreadConnection') {}
