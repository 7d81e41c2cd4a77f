import { Field, ID, InputType, Int, ObjectType, ArgsType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

@InputType()
export class ActivateRunbookInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => ID)
  @IsUUID()
  runbookId: string;

  @Field(() => [ID], { description: "The incident's organisations (lead or affected) to activate it for." })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  organisationIds: string[];
}

@ArgsType()
export class SuggestedRunbooksArgs {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;
}

@ObjectType({ description: "A runbook's approved version activated on an incident for one organisation." })
export class RunbookActivation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  incidentId: string;

  @Field(() => ID)
  runbookId: string;

  @Field(() => ID)
  runbookVersionId: string;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => ID)
  organisationId: string;

  @Field()
  activatedAt: Date;

  @Field(() => [ID], { description: 'The assignments it created, one per step, in step order.' })
  assignmentIds: string[];
}

@ObjectType()
export class SuggestedRunbook {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'The approved version in force.' })
  versionNumber: number;
}

@ObjectType({ description: "An organisation of the incident and its approved runbooks of the incident's category." })
export class OrganisationRunbookSuggestions {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => [SuggestedRunbook], { description: 'Empty: a readiness gap, at the worst moment.' })
  runbooks: SuggestedRunbook[];
}

@ObjectType()
export class RunbookSuggestions {
  @Field(() => [OrganisationRunbookSuggestions], { description: 'Lead organisation first.' })
  organisations: OrganisationRunbookSuggestions[];

  @Field(() => [ID], { description: "The incident's organisations with no approved runbook of its category." })
  organisationsWithNone: string[];
}
