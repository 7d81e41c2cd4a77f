import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';

@ObjectType({ description: 'A person who signs in. Their roles are their memberships.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field({ description: 'False once deactivated: they can no longer sign in, and their tokens stop working.' })
  active: boolean;

  @Field(() => Int)
  version: number;
}

export const UserConnection = ConnectionType(User, 'UserConnection');
