import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { IncidentCategory } from '@muster/runbooks';

@ObjectType({
  description:
    'A category an organisation has opted in to beyond those that apply to its kind: readiness holds it to the category ' +
    '(NOT_COVERED when an ICS template covers it and the organisation has no runbook for it).',
})
export class ReadinessOptIn {
  @Field(() => ID)
  organisationId: string;

  @Field(() => IncidentCategory)
  category: IncidentCategory;

  @Field(() => ID, { nullable: true, description: 'Who opted in; null for the system (the demo seed).' })
  optedInBy: string | null;

  @Field()
  optedInAt: Date;
}

@InputType()
export class ReadinessOptInInput {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;

  @Field(() => IncidentCategory)
  @IsEnum(IncidentCategory)
  category: IncidentCategory;
}

@ArgsType()
export class ReadinessOptInsArgs {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;
}
