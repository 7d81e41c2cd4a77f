import { AccountStore } from './account.store';
import { AuthResolver } from './auth.resolver';
import { InvitationStore } from './invitations/invitation.store';
import { InvitationResolver } from './invitations/invitation.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { JwtStrategy } from './jwt.strategy';
import { LiveCredentials } from './live-credentials';
import { LoginService } from './login.service';
import { PasswordChangeService } from './passwords/password-change.service';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokenStore } from './sessions/refresh-token.store';
import { SessionIssuer } from './sessions/session-issuer';
import { SessionService } from './sessions/session.service';
import { LoginThrottle } from './throttle/login-throttle';
import { LoginThrottleStore } from './throttle/login-throttle.store';
import { LoginThrottlePurge } from './throttle/login-throttle-purge';
import { AccessTokens } from './tokens/access-tokens';
import { UserPrincipals } from './user-principals';

/** Authentication: passwords, sessions, the bearer-token strategy, live connections' re-checks. */
export const AUTH_PROVIDERS = [
  AccountStore,
  PasswordHasher,
  LoginThrottleStore,
  LoginThrottle,
  LoginThrottlePurge,
  AccessTokens,
  RefreshTokenStore,
  SessionIssuer,
  UserPrincipals,
  JwtStrategy,
  LiveCredentials,
  LoginService,
  SessionService,
  PasswordChangeService,
  AuthResolver,
  InvitationStore,
  InvitationsService,
  InvitationResolver,
];
