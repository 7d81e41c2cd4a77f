import { AuthResolver } from './auth.resolver';
import { JwtStrategy } from './jwt.strategy';
import { LoginService } from './login.service';
import { PasswordChangeService } from './passwords/password-change.service';
import { PasswordHasher } from './passwords/password-hasher';
import { RefreshTokens } from './sessions/refresh-tokens';
import { SessionIssuer } from './sessions/session-issuer';
import { SessionService } from './sessions/session.service';
import { LoginThrottle } from './throttle/login-throttle';
import { LoginThrottlePurge } from './throttle/login-throttle-purge';
import { AccessTokens } from './tokens/access-tokens';
import { UserPrincipals } from './user-principals';

/** Authentication: passwords, sessions, the bearer-token strategy. */
export const AUTH_PROVIDERS = [
  PasswordHasher,
  LoginThrottle,
  LoginThrottlePurge,
  AccessTokens,
  RefreshTokens,
  SessionIssuer,
  UserPrincipals,
  JwtStrategy,
  LoginService,
  SessionService,
  PasswordChangeService,
  AuthResolver,
];
