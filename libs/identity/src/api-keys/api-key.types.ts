import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@muster/platform-access';
import { ConnectionType } from '@muster/platform-graphql';

@ObjectType({
  description: 'A machine credential of one organisation, with one role. The secret is never shown again.',
})
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID)
  organisationId: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'To the minute.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A new API key and its secret: store the secret now, it is shown only once.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Send it in the x-api-key header.' })
  secret: string;
}

export const ApiKeyConnection = ConnectionType(ApiKey, 'ApiKeyConnection');
