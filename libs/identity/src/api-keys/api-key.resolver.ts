import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { Connection } from '@muster/platform-graphql';
import { ApiKeyIdArgs, ApiKeysArgs, CreateApiKeyInput } from './api-key.inputs';
import { ApiKeyService } from './api-key.service';
import { ApiKey, ApiKeyConnection, CreatedApiKey } from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly service: ApiKeyService) {}

  @Allow(Role.ORG_ADMIN, Role.SYSTEM_ADMIN)
  @Mutation(() => CreatedApiKey, { description: "Create an API key for one of the organisation's machines." })
  createApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    return this.service.create(principal, input);
  }

  @Allow(Role.ORG_ADMIN, Role.SYSTEM_ADMIN)
  @Mutation(() => ApiKey, { description: 'Revoke an API key: its next request is refused.' })
  revokeApiKey(@CurrentPrincipal() principal: Principal, @Args() { id }: ApiKeyIdArgs): Promise<ApiKey> {
    return this.service.revoke(principal, id);
  }

  @Allow(Role.ORG_ADMIN, Role.SYSTEM_ADMIN, Role.AUDITOR)
  @Query(() => ApiKeyConnection, { description: "An organisation's API keys, newest first (revoked ones included)." })
  apiKeys(@CurrentPrincipal() principal: Principal, @Args() args: ApiKeysArgs): Promise<Connection<ApiKey>> {
    return this.service.list(principal, args.organisationId, args.first, args.after);
  }
}
