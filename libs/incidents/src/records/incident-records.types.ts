import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TeamFunction } from '@muster/identity';
import { SitRepTemplate } from '../incidents/incident-enums';

@ObjectType({
  description:
    'One revision of the METHANE report (ETHANE below the major-incident threshold); every revision is kept.',
})
export class MethaneReport {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  revision: number;

  @Field({ description: 'M — Major incident declared?' })
  majorIncidentDeclared: boolean;

  @Field({ description: 'E — Exact location.' })
  exactLocation: string;

  @Field({ description: 'T — Type of incident.' })
  typeOfIncident: string;

  @Field({ description: 'H — Hazards, present and potential.' })
  hazards: string;

  @Field({ description: 'A — Access and egress.' })
  access: string;

  @Field({ description: 'N — Number and type of casualties (cyber: patients, services and systems affected).' })
  numberOfCasualties: string;

  @Field({ description: 'E — Emergency services present and required (cyber: CSOC, NCSC, police, suppliers).' })
  emergencyServices: string;

  @Field(() => Date)
  submittedAt: Date;

  incidentId: string;
  submittedById: string | null;
}

@ObjectType()
export class SitRepField {
  @Field()
  name: string;

  @Field()
  label: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'A situation report, from a template; every field of the template filled.' })
export class SitRep {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 for the first SitRep of the incident, and so on.' })
  sequence: number;

  @Field(() => SitRepTemplate)
  template: SitRepTemplate;

  @Field(() => Int, { description: 'The response level when it was written.' })
  level: number;

  @Field(() => [SitRepField], { description: "In the template's order." })
  fields: SitRepField[];

  @Field(() => Date)
  submittedAt: Date;

  incidentId: string;
  submittedById: string | null;
}

@ObjectType({
  description:
    'A command decision (JESIP Joint Decision Model). Immutable: revisiting one records a new decision that references it.',
})
export class CommandDecision {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The information and intelligence it rests on.' })
  information: string;

  @Field({ description: 'The risk assessment and working strategy.' })
  riskAssessment: string;

  @Field({ description: 'Powers, policies and procedures considered.' })
  powersAndPolicy: string;

  @Field({ description: 'Options and contingencies considered.' })
  optionsConsidered: string;

  @Field()
  decision: string;

  @Field()
  rationale: string;

  @Field(() => Date)
  decidedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it is to be reviewed.' })
  reviewAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The earlier decision this one revisits.' })
  revisitsDecisionId: string | null;

  @Field(() => Date)
  recordedAt: Date;

  incidentId: string;
  decidedById: string;
}

@ObjectType({ description: 'A lesson identified: needed before a declared incident closes.' })
export class Lesson {
  @Field(() => ID)
  id: string;

  @Field()
  whatHappened: string;

  @Field()
  whatToChange: string;

  @Field(() => TeamFunction, { description: 'The function that owns the change.' })
  ownerFunction: TeamFunction;

  @Field(() => Date)
  recordedAt: Date;

  incidentId: string;
  recordedById: string | null;
}
