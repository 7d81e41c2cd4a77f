import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Clock, currentContext, DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Account, AccountStore } from '../account.store';
import { AuthAudit } from '../auth.audit';
import { AuthErrors } from '../auth.errors';
import { AuthPayload } from '../auth.types';
import { RefreshTokenStore } from '../sessions/refresh-token.store';
import { SessionIssuer } from '../sessions/session-issuer';
import { LoginThrottle, throttleKeys } from '../throttle/login-throttle';
import { ThrottleKeys } from '../throttle/login-throttle.store';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';

/**
 * A person changes their own password. The current password is checked under the same
 * throttle as sign-in (a stolen access token must not become a password oracle). On
 * success the session version moves on — every older access token stops working on its
 * next request — all refresh tokens are revoked, and a fresh session is returned.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly refreshTokens: RefreshTokenStore,
    private readonly accounts: AccountStore,
    private readonly sessions: SessionIssuer,
  ) {}

  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    if (!principal.userId) throw AuthErrors.notAPerson();
    const account = await this.accounts.findById(this.dataSource.manager, principal.userId);
    if (!account) throw DomainError.unauthenticated();
    const problem = passwordProblem(newPassword, account);
    if (problem) throw DomainError.badInput('newPassword', problem);

    const keys = throttleKeys(account.email, currentContext()?.clientAddress ?? null);
    const refused = await this.throttle.refusedUntil(this.dataSource.manager, keys, this.clock.now());
    if (refused) throw AuthErrors.tooManyAttempts(refused);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await this.recordWrongPassword(account, keys);
      throw DomainError.badInput('currentPassword', 'is not your current password');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    return this.uow.run(async (tx) => {
      const sessionVersion = await this.accounts.changePassword(tx, account, passwordHash);
      if (sessionVersion === null) throw DomainError.conflict('Your account changed meanwhile: sign in again');
      const revoked = await this.refreshTokens.revokeAllOfUser(tx, account.id, 'PASSWORD_CHANGED');
      const session = await this.sessions.issue(tx, { ...account, sessionVersion });
      tx.record({
        action: AuthAudit.passwordChanged,
        organisationId: account.homeOrganisationId,
        entityType: 'user',
        entityId: account.id,
        summary: `${account.email} changed their password`,
        changes: {
          sessionVersion: { before: account.sessionVersion, after: sessionVersion },
          revokedRefreshTokens: revoked,
        },
      });
      return session.payload;
    });
  }

  private async recordWrongPassword(account: Account, keys: ThrottleKeys): Promise<void> {
    await this.uow.run(async (tx) => {
      const { refusedUntil, run } = await this.throttle.recordFailure(tx, keys);
      if (refusedUntil) throw AuthErrors.tooManyAttempts(refusedUntil);
      tx.record({
        action: AuthAudit.passwordChangeFailed,
        organisationId: account.homeOrganisationId,
        entityType: 'user',
        entityId: account.id,
        summary: `${account.email} gave a wrong current password when changing it`,
        changes: { consecutiveFailures: run.consecutiveFailures, lockedUntil: run.lockedUntil?.toISOString() ?? null },
      });
    });
  }
}
