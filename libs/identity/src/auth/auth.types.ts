import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The person a sign-in or token refresh is for.' })
export class AuthUser {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: 'A signed-in session: a short-lived access token and a one-use refresh token.' })
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header.' })
  accessToken: string;

  @Field({ description: 'Exchange it once, with refreshToken, for a new pair; keep it secret.' })
  refreshToken: string;

  @Field({ description: 'When the access token expires.' })
  expiresAt: Date;

  @Field(() => AuthUser)
  user: AuthUser;
}
