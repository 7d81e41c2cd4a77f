import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { conflictOnDuplicate, Transaction, UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, PageArgs, toConnection } from '@muster/platform-graphql';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { passwordProblem } from '../auth/passwords/password-policy';
import { DirectoryAccess } from '../directory/directory-access';
import { loadUser, organisationName, UserRecord } from '../directory/directory-queries';
import { assertAnotherSystemAdmin, MembershipsService } from '../memberships/memberships.service';
import { CreateUserInput } from './user.inputs';
import { UserEntity } from './user.entity';
import { User, USER_COLUMNS } from './user.types';

// Keyset on (display name, id).
const CURSOR = new KeysetCursor('users', ['text', 'uuid']);
const RETURNING = `RETURNING id, email, display_name AS "displayName", active, version`;

/** The people of the ICS: their accounts (their roles are memberships). */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly memberships: MembershipsService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** People holding any role in the organisation, by name. */
  async list(principal: Principal, organisationId: string, page: PageArgs): Promise<Connection<User>> {
    DirectoryAccess.assertCanSeePeople(principal, organisationId);
    const qb = this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .select(Object.keys(USER_COLUMNS).map((c) => `u.${c}`))
      .where('EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.organisation_id = :organisationId)', { organisationId })
      .orderBy('u.displayName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(page.first + 1);
    if (page.after) {
      const [name, id] = CURSOR.decode(page.after);
      qb.andWhere('(u.displayName, u.id) > (:name, :id)', { name, id });
    }
    const rows = await qb.getMany();
    return toConnection(rows, page.first, CURSOR, (r) => [r.displayName, r.id], (r) => r);
  }

  /** The caller's own account; null for a machine (API key) caller. */
  async self(principal: Principal): Promise<User | null> {
    if (!principal.userId) return null;
    return this.dataSource.manager.findOne(UserEntity, { select: USER_COLUMNS, where: { id: principal.userId } });
  }

  /**
   * Creates the account and its first role in one transaction: if the role cannot be
   * granted (say, the team belongs to another organisation), the account is not created.
   * `passwordHash` is for start-up seeding, which hashes many passwords in parallel
   * before it writes.
   */
  async create(principal: Principal, input: CreateUserInput, options: { passwordHash?: string } = {}): Promise<User> {
    DirectoryAccess.assertCanGrant(principal, input.organisationId, input.role);
    const passwordHash = options.passwordHash ?? (await this.hashIfGiven(input));
    return this.uow.run(
      async (tx) => {
        const organisation = await organisationName(tx, input.organisationId);
        const [user] = await tx.manager
          .query(
            `INSERT INTO app_user (email, display_name, password_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) ${RETURNING}`,
            [input.email, input.displayName, passwordHash, tx.now],
          )
          .catch(conflictOnDuplicate({ app_user_email_key: 'A user with this email already exists' }));
        tx.record({
          action: 'user.created',
          organisationId: input.organisationId,
          entityType: 'user',
          entityId: user.id,
          summary: `Created user ${user.displayName} (${user.email}) at ${organisation}`,
          changes: { after: { email: user.email, displayName: user.displayName, active: true, passwordSet: passwordHash !== null } },
        });
        await this.memberships.grantWithin(tx, principal, { ...input, userId: user.id, displayName: user.displayName });
        return user as User;
      },
      { actor: principal.actor },
    );
  }

  /** Ends the account's access everywhere: its tokens stop working on their next request. */
  async deactivate(principal: Principal, id: string): Promise<User> {
    if (principal.userId === id) throw DomainError.forbidden('You cannot deactivate your own account');
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.administrableUser(principal, await loadUser(tx, id, true));
        if (!user.active) throw DomainError.conflict(`${user.displayName} is already deactivated`);
        if (user.roles.includes(Role.SYSTEM_ADMIN)) await assertAnotherSystemAdmin(tx, id);
        const [[row]] = await tx.manager.query(
          `UPDATE app_user SET active = false, deactivated_at = $2, session_version = session_version + 1,
             version = version + 1, updated_at = $2 WHERE id = $1 ${RETURNING}`,
          [id, tx.now],
        );
        recordForEachOrganisation(tx, user, 'user.deactivated', `Deactivated ${user.displayName} (${user.email})`, false);
        return row as User;
      },
      { actor: principal.actor },
    );
  }

  async reactivate(principal: Principal, id: string): Promise<User> {
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.administrableUser(principal, await loadUser(tx, id, true));
        if (user.active) throw DomainError.conflict(`${user.displayName} is already active`);
        const [[row]] = await tx.manager.query(
          `UPDATE app_user SET active = true, deactivated_at = NULL, version = version + 1, updated_at = $2 WHERE id = $1 ${RETURNING}`,
          [id, tx.now],
        );
        recordForEachOrganisation(tx, user, 'user.reactivated', `Reactivated ${user.displayName} (${user.email})`, true);
        return row as User;
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
function recordForEachOrganisation(tx: Transaction, user: UserRecord, action: string, summary: string, active: boolean): void {
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
