import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Grant } from '../memberships/membership.types';
import { User } from '../users/user.types';

export enum CallerKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
}

registerEnumType(CallerKind, { name: 'CallerKind', description: 'A person signed in, or a machine with an API key.' });

@ObjectType({
  description: 'Who is calling: a person (with their user record) or an API key, and the roles they act with.',
})
export class Viewer {
  @Field(() => CallerKind)
  kind: CallerKind;

  @Field({ description: "The person's email, or the API key's name." })
  label: string;

  @Field(() => User, { nullable: true, description: 'Null for an API key: a machine is not a person.' })
  user: User | null;

  @Field(() => [Grant], { description: 'The roles this caller holds, by organisation.' })
  grants: Grant[];
}
