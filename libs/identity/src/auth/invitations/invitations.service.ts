import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Actor, Clock, DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { Principal } from '@muster/platform-access';
import { DirectoryAccess } from '../../directory/directory.access';
import { IdentityAudit } from '../../identity.audit';
import { AccountNotices } from '../../notices/account-notices';
import { UserRecord, UserStore } from '../../users/user.store';
import { AccountStore } from '../account.store';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-policy';
import { randomSecret } from '../tokens/opaque-token';
import { InvitationStore } from './invitation.store';

/** The same answer for every token that cannot be used: unknown, expired, used or revoked. */
const invalidToken = () =>
  DomainError.badInput('token', 'This invitation link is not valid: ask your administrator to send a new one');

/** Who an invitation goes to: a person without a password, as the unit of work sees them. */
export interface Invitee {
  id: string;
  email: string;
  displayName: string;
  /** Their organisation: its name in the email, its trail the event. */
  organisationId: string | null;
}

/**
 * Account invitations: a person created without a password is emailed a single-use link
 * (`<PUBLIC_URL>/welcome?token=…`) to set one. The token is 256 random bits, stored only
 * as a SHA-256; it works until INVITATION_TTL_HOURS pass, it is used, a newer invitation
 * is sent or the person is deactivated. Accepting sets the password (the policy and
 * hashing of changePassword) and signs nothing in: the person then signs in, through the
 * one sign-in path and its throttle.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly store: InvitationStore,
    private readonly users: UserStore,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly notices: AccountNotices,
  ) {}

  /** Sends (again) the invitation of a person without a password; earlier links stop working. */
  async send(principal: Principal, userId: string): Promise<UserRecord> {
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.administrableUser(principal, await this.users.lockRecord(tx, userId));
        if (!user.active) throw DomainError.conflict(`${user.displayName} is deactivated: reactivate them first`);
        const account = await this.accounts.findById(tx.manager, user.id);
        if (account?.passwordHash) {
          throw DomainError.conflict(`${user.displayName} has already set a password: they sign in with it`);
        }
        await this.issue(tx, {
          ...user,
          organisationId: account?.homeOrganisationId ?? user.organisationIds[0] ?? null,
        });
        return user;
      },
      { actor: principal.actor },
    );
  }

  /**
   * Within the caller's unit of work: revokes the person's earlier invitations, stores a
   * new one and emails its link. Called when a person is created without a password.
   */
  async issue(tx: Transaction, invitee: Invitee): Promise<void> {
    const revoked = await this.store.revokeLive(tx, invitee.id, 'RESENT');
    const token = randomSecret();
    const expiresAt = new Date(tx.now.getTime() + this.config.auth.invitationTtlHours * 3_600_000);
    const invitationId = await this.store.insert(tx, { userId: invitee.id, token, expiresAt });
    await this.notices.invitationSent({
      userId: invitee.id,
      organisationId: invitee.organisationId,
      link: `${this.config.auth.publicUrl}/welcome?token=${token}`,
      expiresAt,
    });
    tx.record({
      action: IdentityAudit.userInvitationSent,
      organisationId: invitee.organisationId,
      entityType: 'user',
      entityId: invitee.id,
      summary: `Invited ${invitee.displayName} (${invitee.email}) to set a password`,
      changes: { invitationId, expiresAt: expiresAt.toISOString(), revokedInvitations: revoked },
    });
  }

  /** Sets the password of the invitation's person; the link then stops working. */
  async accept(token: string, password: string): Promise<boolean> {
    // Read first, without a transaction: an unusable link costs no hashing.
    const found = await this.usable(this.dataSource.manager, this.clock.now(), token, false);
    const problem = passwordProblem(password, found.account);
    if (problem) throw DomainError.badInput('password', problem);
    // Hashed outside the transaction: argon2 takes tens of milliseconds.
    const passwordHash = await this.hasher.hash(password);
    const actor: Actor = { type: 'USER', id: found.account.id, label: found.account.email };
    return this.uow.run(
      async (tx) => {
        // Judged again under the lock: two acceptances of one link cannot both succeed.
        const { invitation, account } = await this.usable(tx.manager, tx.now, token, true);
        const sessionVersion = await this.accounts.changePassword(tx, account, passwordHash);
        if (sessionVersion === null) throw invalidToken();
        await this.store.markUsed(tx, invitation.id);
        tx.record({
          action: IdentityAudit.userInvitationAccepted,
          organisationId: account.homeOrganisationId,
          entityType: 'user',
          entityId: account.id,
          summary: `${account.email} accepted their invitation and set a password`,
          changes: { invitationId: invitation.id, passwordSet: { before: false, after: true } },
        });
        return true;
      },
      { actor },
    );
  }

  private async usable(manager: EntityManager, now: Date, token: string, forUpdate: boolean) {
    const invitation = await this.store.find(manager, token, forUpdate);
    if (!invitation || invitation.usedAt || invitation.revokedAt || invitation.expiresAt <= now) {
      throw invalidToken();
    }
    const account = await this.accounts.findById(manager, invitation.userId);
    if (!account || !account.active || account.passwordHash) throw invalidToken();
    return { invitation, account };
  }
}
