import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { OrganisationKind } from './organisation-kind';

@ObjectType({ description: 'A member organisation of the ICS: the ICB, a trust, a council, the SOC.' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'NHS Organisation Data Service code, e.g. RJE.' })
  odsCode: string;

  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Send it back with an update: a stale version is a CONFLICT.' })
  version: number;
}

export const OrganisationConnection = ConnectionType(Organisation, 'OrganisationConnection');
