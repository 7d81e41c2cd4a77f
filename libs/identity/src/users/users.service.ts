import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, PageArgs, toConnection } from '@muster/platform-graphql';
import { InvitationStore } from '../auth/invitations/invitation.store';
import { InvitationsService } from '../auth/invitations/invitations.service';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { passwordProblem } from '../auth/passwords/password-policy';
import { DirectoryAccess } from '../directory/directory.access';
import { IdentityAction, IdentityAudit } from '../identity.audit';
import { toUser } from '../identity.mappers';
import { MembershipStore } from '../memberships/membership.store';
import { assertAnotherSystemAdmin, MembershipsService } from '../memberships/memberships.service';
import { OrganisationStore } from '../organisations/organisation.store';
import { CreateUserInput } from './user.inputs';
import { UserRecord, UserStore } from './user.store';
import { User } from './user.types';

// Keyset on (display name, id).
const CURSOR = new KeysetCursor('users', ['text', 'uuid']);

/** The people of the ICS: their accounts (their roles are memberships). */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: UserStore,
    private readonly organisations: OrganisationStore,
    private readonly membershipStore: MembershipStore,
    private readonly memberships: MembershipsService,
    private readonly hasher: PasswordHasher,
    private readonly invitations: InvitationsService,
    private readonly invitationStore: InvitationStore,
  ) {}

  /** People holding any role in the organisation, by name. */
  async list(principal: Principal, organisationId: string, page: PageArgs): Promise<Connection<User>> {
    DirectoryAccess.assertCanSeePeople(principal, organisationId);
    const rows = await this.store.membersPage(
      this.dataSource.manager,
      organisationId,
      page.first + 1,
      page.after ? CURSOR.decode(page.after) : null,
    );
    return toConnection(rows, page.first, CURSOR, (r) => [r.displayName, r.id], toUser);
  }

  /** The caller's own account; null for a machine (API key) caller. */
  async self(principal: Principal): Promise<User | null> {
    if (!principal.userId) return null;
    const row = await this.store.findById(this.dataSource.manager, principal.userId);
    return row ? toUser(row) : null;
  }

  /**
   * Creates the account and its first role in one transaction: if the role cannot be
   * granted (say, the team belongs to another organisation), the account is not created.
   * `passwordHash` is for start-up seeding, which hashes many passwords in parallel
   * before it writes. Without a password, the person is sent an invitation to set one.
   */
  async create(principal: Principal, input: CreateUserInput, options: { passwordHash?: string } = {}): Promise<User> {
    DirectoryAccess.assertCanGrant(principal, input.organisationId, input.role);
    const passwordHash = options.passwordHash ?? (await this.hashIfGiven(input));
    return this.uow.run(
      async (tx) => {
        const organisation = await this.organisations.nameOf(tx.manager, input.organisationId);
        const user = await this.store.insert(tx, { email: input.email, displayName: input.displayName, passwordHash });
        tx.record({
          action: IdentityAudit.userCreated,
          organisationId: input.organisationId,
          entityType: 'user',
          entityId: user.id,
          summary: `Created user ${user.displayName} (${user.email}) at ${organisation}`,
          changes: {
            after: {
              email: user.email,
              displayName: user.displayName,
              active: true,
              passwordSet: passwordHash !== null,
            },
          },
        });
        // Joins this unit of work: a refused grant undoes the account too.
        await this.memberships.grantTo(principal, { ...input, userId: user.id, displayName: user.displayName });
        // No password: the person is emailed a link to set one (seeding passes its hashes).
        if (passwordHash === null) {
          await this.invitations.issue(tx, { ...user, organisationId: input.organisationId });
        }
        return toUser(user);
      },
      { actor: principal.actor },
    );
  }

  /** Ends the account's access everywhere: its tokens stop working on their next request. */
  async deactivate(principal: Principal, id: string): Promise<User> {
    if (principal.userId === id) throw DomainError.forbidden('You cannot deactivate your own account');
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.administrableUser(principal, await this.store.lockRecord(tx, id));
        if (!user.active) throw DomainError.conflict(`${user.displayName} is already deactivated`);
        if (user.roles.includes(Role.SYSTEM_ADMIN)) await assertAnotherSystemAdmin(this.membershipStore, tx, id);
        const row = await this.store.deactivate(tx, user);
        await this.invitationStore.revokeLive(tx, user.id, 'DEACTIVATED');
        recordForEachOrganisation(
          tx,
          user,
          IdentityAudit.userDeactivated,
          `Deactivated ${user.displayName} (${user.email})`,
          false,
        );
        return toUser(row);
      },
      { actor: principal.actor },
    );
  }

  async reactivate(principal: Principal, id: string): Promise<User> {
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.administrableUser(principal, await this.store.lockRecord(tx, id));
        if (user.active) throw DomainError.conflict(`${user.displayName} is already active`);
        const row = await this.store.reactivate(tx, user);
        recordForEachOrganisation(
          tx,
          user,
          IdentityAudit.userReactivated,
          `Reactivated ${user.displayName} (${user.email})`,
          true,
        );
        return toUser(row);
      },
      { actor: principal.actor },
    );
  }

  private async hashIfGiven(input: CreateUserInput): Promise<string | null> {
    if (input.password === undefined || input.password === null) return null;
    const problem = passwordProblem(input.password, { email: input.email, displayName: input.displayName });
    if (problem) throw DomainError.badInput('password', problem);
    // Hashed before the transaction opens: argon2 takes tens of milliseconds.
    return this.hasher.hash(input.password);
  }
}

/** An account change concerns every organisation the person belongs to: each trail gets the event. */
function recordForEachOrganisation(
  tx: Transaction,
  user: UserRecord,
  action: IdentityAction,
  summary: string,
  active: boolean,
): void {
  const organisations = user.organisationIds.length ? user.organisationIds : [null];
  for (const organisationId of organisations) {
    tx.record({
      action,
      organisationId,
      entityType: 'user',
      entityId: user.id,
      summary,
      changes: { before: { active: !active }, after: { active } },
    });
  }
}
