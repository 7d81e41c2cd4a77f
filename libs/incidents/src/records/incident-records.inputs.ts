import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Trim } from '@muster/platform-graphql';
import { TeamFunction } from '@muster/identity';
import { SitRepTemplate } from '../incidents/incident-enums';
import { MethaneInput } from '../incidents/incident.inputs';

const text = (max: number) => [Trim(), IsOptional(), IsString(), Length(1, max)];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class SubmitMethaneInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => MethaneInput)
  @ValidateNested()
  @Type(() => MethaneInput)
  methane: MethaneInput;
}

@InputType({
  description:
    "A SitRep: the template's fields are each required, others refused (tactical: conditions, actions, needs; executive: currentStatus, overview, nextSteps; SBAR: situation, background, assessment, recommendation).",
})
export class SubmitSitRepInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => SitRepTemplate)
  @IsEnum(SitRepTemplate)
  template: SitRepTemplate;

  @Field({ nullable: true }) @apply(text(4000)) conditions?: string;
  @Field({ nullable: true }) @apply(text(4000)) actions?: string;
  @Field({ nullable: true }) @apply(text(4000)) needs?: string;
  @Field({ nullable: true }) @apply(text(4000)) currentStatus?: string;
  @Field({ nullable: true }) @apply(text(4000)) overview?: string;
  @Field({ nullable: true }) @apply(text(4000)) nextSteps?: string;
  @Field({ nullable: true }) @apply(text(4000)) situation?: string;
  @Field({ nullable: true }) @apply(text(4000)) background?: string;
  @Field({ nullable: true }) @apply(text(4000)) assessment?: string;
  @Field({ nullable: true }) @apply(text(4000)) recommendation?: string;
}

@InputType({ description: 'A command decision (JESIP Joint Decision Model); every part required.' })
export class RecordCommandDecisionInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field({ description: 'The information and intelligence it rests on.' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  information: string;

  @Field({ description: 'The risk assessment and working strategy.' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  riskAssessment: string;

  @Field({ description: 'Powers, policies and procedures considered.' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  powersAndPolicy: string;

  @Field({ description: 'Options and contingencies considered.' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  optionsConsidered: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 4000)
  decision: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 4000)
  rationale: string;

  @Field({ nullable: true, description: 'When it was taken; now by default. Never in the future.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  decidedAt?: Date;

  @Field({ nullable: true, description: 'When it is to be reviewed.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  reviewAt?: Date;

  @Field(() => ID, { nullable: true, description: 'The earlier decision of this incident that this one revisits.' })
  @IsOptional()
  @IsUUID()
  revisitsDecisionId?: string;
}

@InputType()
export class RecordLessonInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 4000)
  whatHappened: string;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 4000)
  whatToChange: string;

  @Field(() => TeamFunction, { description: 'The function that owns the change.' })
  @IsEnum(TeamFunction)
  ownerFunction: TeamFunction;
}
