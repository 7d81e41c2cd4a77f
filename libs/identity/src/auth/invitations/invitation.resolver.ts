import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Public, Role } from '@muster/platform-access';
import { toUser } from '../../identity.mappers';
import { User } from '../../users/user.types';
import { AcceptInvitationArgs, SendInvitationArgs } from './invitation.inputs';
import { InvitationsService } from './invitations.service';

@Resolver()
export class InvitationResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => User, {
    description:
      'Emails a person who has not yet set a password a new single-use link to set one; their earlier links stop working. ORG_ADMIN of their organisation, or a system administrator. CONFLICT if they have a password or are deactivated.',
  })
  async sendInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args() { userId }: SendInvitationArgs,
  ): Promise<User> {
    return toUser(await this.invitations.send(principal, userId));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Sets your first password with the token of your invitation's link. Signs nothing in: sign in afterwards. BAD_USER_INPUT on `token` for any link that cannot be used (unknown, expired, used or replaced).",
  })
  acceptInvitation(@Args() { token, password }: AcceptInvitationArgs): Promise<boolean> {
    return this.invitations.accept(token, password);
  }
}
