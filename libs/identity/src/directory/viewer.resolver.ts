import { Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { UsersService } from '../users/users.service';
import { CallerKind, Viewer } from './viewer.types';

@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(private readonly users: UsersService) {}

  @Authenticated()
  @Query(() => Viewer, { description: 'Who you are: your account (null for an API key) and the roles you act with.' })
  async me(@CurrentPrincipal() principal: Principal): Promise<Viewer> {
    return {
      kind: principal.actor.type === 'API_KEY' ? CallerKind.API_KEY : CallerKind.USER,
      label: principal.actor.label,
      user: await this.users.self(principal),
      grants: principal.grants.map((g) => ({ ...g })),
    };
  }
}
