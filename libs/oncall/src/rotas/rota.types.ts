import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OnCallDuty, Weekday } from '../duty';

export enum OnCallSource {
  OVERRIDE = 'OVERRIDE',
  LAYER = 'LAYER',
  NOBODY = 'NOBODY',
}

registerEnumType(OnCallSource, {
  name: 'OnCallSource',
  description: "Why someone is on call: an override, a layer of the rota's pattern, or nobody is.",
});

@ObjectType({ description: 'A person on a rota.' })
export class OnCallPerson {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;
}

@ObjectType({
  description:
    'A repeating pattern of a rota: participants in order, one per shift of `shiftDays` days, handing over at `handoverTime` (Europe/London wall-clock, the same on both sides of a BST/GMT change). It covers only `coversWeekdays` and, when given, the hours from `coversFrom` to `coversTo` (overnight when `coversTo` is earlier: the night belongs to the day it starts).',
})
export class RotaLayer {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Where several layers cover a time, the highest rank is on call.' })
  rank: number;

  @Field()
  name: string;

  @Field(() => [OnCallPerson], { description: 'In order: the first has the shift from the first handover.' })
  participants: OnCallPerson[];

  @Field(() => Int)
  shiftDays: number;

  @Field(() => Weekday, {
    description: 'The weekday of the handovers (of the first one for shifts not of whole weeks).',
  })
  handoverWeekday: Weekday;

  @Field({ description: 'HH:MM, Europe/London.' })
  handoverTime: string;

  @Field({ description: 'The date of the first handover (YYYY-MM-DD); nobody before it.' })
  startsOn: string;

  @Field(() => [Weekday])
  coversWeekdays: Weekday[];

  @Field(() => String, { nullable: true, description: 'HH:MM; null for all day.' })
  coversFrom: string | null;

  @Field(() => String, { nullable: true })
  coversTo: string | null;
}

@ObjectType({ description: 'A person covering a rota for a period (a swap or cover), with who agreed it.' })
export class RotaOverride {
  @Field(() => ID)
  id: string;

  @Field(() => OnCallPerson)
  person: OnCallPerson;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => OnCallPerson)
  agreedBy: OnCallPerson;

  @Field()
  reason: string;
}

@ObjectType({ description: "An organisation's on-call rota for a duty (or the deputy rota beside it)." })
export class Rota {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => OnCallDuty)
  duty: OnCallDuty;

  @Field({ description: "The deputy rota: an escalation policy's second line." })
  deputy: boolean;

  @Field()
  name: string;

  @Field(() => Int)
  version: number;

  @Field(() => [RotaLayer], { description: 'Highest rank first.' })
  layers: RotaLayer[];

  @Field(() => [RotaOverride], { description: 'Current and future overrides, soonest first.' })
  overrides: RotaOverride[];

  @Field(() => OnCallPerson, { nullable: true, description: 'Who is on call now (null: nobody).' })
  onCallNow: OnCallPerson | null;
}

@ObjectType({ description: 'Who is on call for a duty of an organisation at a time.' })
export class OnCall {
  @Field(() => ID)
  organisationId: string;

  @Field(() => OnCallDuty)
  duty: OnCallDuty;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The rota (null when the organisation keeps none for the duty).' })
  rotaId: string | null;

  @Field(() => OnCallPerson, { nullable: true })
  person: OnCallPerson | null;

  @Field(() => OnCallSource)
  source: OnCallSource;

  @Field(() => OnCallPerson, { nullable: true, description: 'Who is on the deputy rota then.' })
  deputy: OnCallPerson | null;
}
