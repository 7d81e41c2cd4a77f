import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock, currentContext } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { AccountNotices } from '../notices/account-notices';
import { Account, AccountStore, normaliseEmail } from './account.store';
import { AuthAudit } from './auth.audit';
import { AuthErrors } from './auth.errors';
import { AuthPayload } from './auth.types';
import { PasswordHasher } from './passwords/password-hasher';
import { SessionIssuer } from './sessions/session-issuer';
import { LoginThrottle, throttleKeys } from './throttle/login-throttle';
import { LOCKOUT_AFTER_FAILURES } from './throttle/login-throttle.rules';
import { ThrottleKeys } from './throttle/login-throttle.store';

type FailureReason = 'UNKNOWN_EMAIL' | 'WRONG_PASSWORD' | 'NO_PASSWORD' | 'INACTIVE';

/** Whoever is trying to sign in; not yet anyone. */
const ANONYMOUS: Actor = { type: 'SYSTEM', id: null, label: 'unauthenticated caller' };

/**
 * Password sign-in (the passport-local flow: email and password in, a session out),
 * behind the brute-force throttle. Order matters:
 * 1. a throttled attempt (see login-throttle.rules.ts) is refused before the password is
 *    looked at;
 * 2. the password is verified outside any transaction (argon2 is slow; an unknown email
 *    verifies against a dummy hash, so it costs the same and answers the same);
 * 3. the outcome is recorded with its audit event and committed — a failure too —
 *    and only then is the error returned to the caller.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionIssuer,
    private readonly accounts: AccountStore,
    private readonly notices: AccountNotices,
  ) {}

  async login(email: string, password: string): Promise<AuthPayload> {
    const keys = throttleKeys(normaliseEmail(email), currentContext()?.clientAddress ?? null);
    const refused = await this.throttle.refusedUntil(this.dataSource.manager, keys, this.clock.now());
    if (refused) throw AuthErrors.tooManyAttempts(refused);

    const account = await this.accounts.findByEmail(this.dataSource.manager, keys.email);
    const matches = await this.hasher.verify(account?.passwordHash ?? null, password);
    const failure = failureReason(account, matches);
    if (failure || !account) {
      await this.uow.run((tx) => this.recordFailure(tx, keys, account, failure ?? 'UNKNOWN_EMAIL'), {
        actor: ANONYMOUS,
      });
      throw AuthErrors.invalidCredentials();
    }
    const actor: Actor = { type: 'USER', id: account.id, label: account.email };
    return this.uow.run((tx) => this.recordSuccess(tx, keys, account), { actor });
  }

  private async recordFailure(
    tx: Transaction,
    keys: ThrottleKeys,
    account: Account | null,
    reason: FailureReason,
  ): Promise<void> {
    const { refusedUntil, run } = await this.throttle.recordFailure(tx, keys);
    // Locked by a concurrent attempt meanwhile: refuse, count nothing, write nothing.
    if (refusedUntil) throw AuthErrors.tooManyAttempts(refusedUntil);
    tx.record({
      action: AuthAudit.loginFailed,
      organisationId: account?.homeOrganisationId ?? null,
      entityType: 'user',
      entityId: account?.id ?? null,
      summary: `Failed sign-in for ${keys.email}`,
      changes: {
        email: keys.email,
        reason,
        consecutiveFailures: run.consecutiveFailures,
        lockedUntil: run.lockedUntil?.toISOString() ?? null,
      },
    });
    // The first lockout of a run of failures: the person hears of it, once per run.
    if (account?.active && run.lockedUntil && run.consecutiveFailures === LOCKOUT_AFTER_FAILURES) {
      await this.notices.accountLocked({
        userId: account.id,
        organisationId: account.homeOrganisationId,
        lockedUntil: run.lockedUntil,
      });
    }
  }

  private async recordSuccess(tx: Transaction, keys: ThrottleKeys, account: Account): Promise<AuthPayload> {
    const refusedUntil = await this.throttle.recordSuccess(tx, keys);
    if (refusedUntil) throw AuthErrors.tooManyAttempts(refusedUntil);
    const session = await this.sessions.issue(tx, account);
    tx.record({
      action: AuthAudit.loginSucceeded,
      organisationId: account.homeOrganisationId,
      entityType: 'user',
      entityId: account.id,
      summary: `${account.email} signed in`,
      changes: { refreshTokenFamily: session.familyId },
    });
    return session.payload;
  }
}

function failureReason(account: Account | null, matches: boolean): FailureReason | null {
  if (!account) return 'UNKNOWN_EMAIL';
  if (!account.passwordHash) return 'NO_PASSWORD';
  if (!matches) return 'WRONG_PASSWORD';
  if (!account.active) return 'INACTIVE';
  return null;
}
