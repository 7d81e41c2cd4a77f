import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TeamFunction } from '../teams/team-function';

@ObjectType({
  description:
    "A function of one organisation delivered for it by another (the ICS SOC delivering Cyber/SOC for a trust): readiness counts the provider's people for it, and runbook activation assigns its steps to the provider.",
})
export class SharedService {
  @Field(() => ID)
  clientOrganisationId: string;

  @Field()
  clientName: string;

  @Field(() => TeamFunction)
  function: TeamFunction;

  @Field({ description: 'In words: "Cyber/SOC".' })
  functionWords: string;

  @Field(() => ID)
  providerOrganisationId: string;

  @Field()
  providerName: string;

  @Field()
  note: string;

  @Field()
  recordedAt: Date;
}
