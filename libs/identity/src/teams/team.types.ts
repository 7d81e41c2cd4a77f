import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { TeamFunction } from './team-function';

@ObjectType({ description: 'A team of an organisation, for one of its functions (IG, EPRR, Digital, …).' })
export class Team {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  name: string;

  @Field(() => TeamFunction)
  function: TeamFunction;

  @Field(() => Int, { description: 'Send it back with an update: a stale version is a CONFLICT.' })
  version: number;
}

export const TeamConnection = ConnectionType(Team, 'TeamConnection');
