import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal, Public } from '@muster/platform-access';
import { ChangePasswordInput, LoginInput, LogoutArgs, RefreshTokenArgs } from './auth.inputs';
import { AuthPayload } from './auth.types';
import { LoginService } from './login.service';
import { PasswordChangeService } from './passwords/password-change.service';
import { SessionService } from './sessions/session.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly logins: LoginService,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordChangeService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.logins.login(input.email, input.password);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchange a refresh token for a new pair; the old one is revoked.' })
  refreshToken(@Args() { token }: RefreshTokenArgs): Promise<AuthPayload> {
    return this.sessions.refresh(token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'End the session this refresh token belongs to.' })
  logout(@Args() { refreshToken }: LogoutArgs): Promise<boolean> {
    return this.sessions.logout(refreshToken);
  }

  @Authenticated()
  @Mutation(() => AuthPayload, {
    description: 'Change your own password. Every other session ends; the new session is returned.',
  })
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangePasswordInput,
  ): Promise<AuthPayload> {
    return this.passwords.changePassword(principal, input.currentPassword, input.newPassword);
  }
}
