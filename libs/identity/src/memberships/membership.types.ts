import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@muster/platform-access';

/** Organisation and team are resolved through the request's loaders, from these ids. */
@ObjectType({ description: 'A role a person holds in an organisation, optionally within one of its teams.' })
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => Role)
  role: Role;

  @Field()
  grantedAt: Date;

  organisationId: string;
  teamId: string | null;
}

/** A role the caller acts with on this request (a user's membership, or an API key's scope). */
@ObjectType()
export class Grant {
  @Field(() => Role)
  role: Role;

  organisationId: string;
  teamId: string | null;
}
