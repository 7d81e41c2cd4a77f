/** The audit actions of signing in, sessions and passwords (see IdentityAudit: never change a string). */
export const AuthAudit = {
  loginSucceeded: 'auth.login_succeeded',
  loginFailed: 'auth.login_failed',
  tokenRefreshed: 'auth.token_refreshed',
  refreshReuseDetected: 'auth.refresh_reuse_detected',
  loggedOut: 'auth.logged_out',
  passwordChanged: 'auth.password_changed',
  passwordChangeFailed: 'auth.password_change_failed',
  loginThrottlePurged: 'auth.login_throttle_purged',
} as const;

export type AuthAction = (typeof AuthAudit)[keyof typeof AuthAudit];
