import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectionType, PageArgs, Trim } from '@muster/platform-graphql';
import { OnCallDuty } from '../duty';
import { OnCallPerson } from '../rotas/rota.types';

export enum PageStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  /** Every level (and repeat) passed with nobody acknowledging. */
  EXHAUSTED = 'EXHAUSTED',
}

export enum PageTrigger {
  MANUAL = 'MANUAL',
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
  INCIDENT_DECLARED = 'INCIDENT_DECLARED',
  IG_THREAD_OPENED = 'IG_THREAD_OPENED',
  CYBER_ALERT = 'CYBER_ALERT',
}

registerEnumType(PageStatus, { name: 'PageStatus', description: 'Where a page is: open, acknowledged, or exhausted.' });
registerEnumType(PageTrigger, { name: 'PageTrigger', description: 'What raised a page: a person, or an event.' });

@ObjectType({ description: 'One level reached by a page: who was paged, or that nobody was on call.' })
export class PageNotice {
  @Field(() => Int)
  step: number;

  @Field(() => Int)
  level: number;

  @Field(() => OnCallPerson, {
    nullable: true,
    description: 'Null: nobody to page at this level, so the next was paged.',
  })
  person: OnCallPerson | null;

  @Field()
  notifiedAt: Date;
}

@ObjectType({
  description: "A page of an organisation's on-call for a duty, escalating until someone acknowledges it.",
})
export class Page {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => OnCallDuty)
  duty: OnCallDuty;

  @Field(() => ID, { nullable: true })
  incidentId: string | null;

  @Field(() => String, { nullable: true })
  incidentReference: string | null;

  @Field(() => PageTrigger)
  trigger: PageTrigger;

  @Field()
  message: string;

  @Field(() => OnCallPerson, { nullable: true, description: 'Null when an event raised it.' })
  raisedBy: OnCallPerson | null;

  @Field()
  raisedAt: Date;

  @Field(() => PageStatus)
  status: PageStatus;

  @Field(() => Int, { description: 'The escalation level now paged (1 first).' })
  level: number;

  @Field(() => OnCallPerson, { nullable: true, description: 'Who is paged now (or was, last).' })
  pagedPerson: OnCallPerson | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => OnCallPerson, { nullable: true })
  acknowledgedBy: OnCallPerson | null;

  @Field(() => Int, { nullable: true, description: 'Seconds from raised to acknowledged (for MTTA).' })
  secondsToAcknowledge: number | null;

  @Field(() => [PageNotice], { description: 'The levels reached, in order.' })
  notices: PageNotice[];
}

@ObjectType()
export class PageConnection extends ConnectionType(Page, 'PageConnection') {}

@ArgsType()
export class PagesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One organisation; all you see when left out.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @Field(() => PageStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PageStatus)
  status?: PageStatus;
}

@InputType()
export class PageOnCallInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => OnCallDuty)
  @IsEnum(OnCallDuty)
  duty: OnCallDuty;

  @Field({ description: 'What the on-call is to know: no patient or IG decision content (it goes by SMS).' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  message: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The incident the page is about, if any (its timeline shows the page).',
  })
  @IsOptional()
  @IsUUID()
  incidentId?: string;
}

@InputType()
export class AcknowledgePageInput {
  @Field(() => ID)
  @IsUUID()
  pageId: string;
}
