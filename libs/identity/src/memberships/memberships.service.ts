import { Injectable } from '@nestjs/common';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { DirectoryAccess } from '../directory/directory.access';
import { IdentityAudit } from '../identity.audit';
import { toMembership } from '../identity.mappers';
import { OrganisationStore } from '../organisations/organisation.store';
import { TeamStore } from '../teams/team.store';
import { UserStore } from '../users/user.store';
import { GrantRoleInput, RevokeRoleInput } from './membership.inputs';
import { MembershipStore } from './membership.store';
import { Membership } from './membership.types';

export interface NewGrant {
  userId: string;
  displayName: string;
  organisationId: string;
  role: Role;
  teamId?: string | null;
}

/** Who holds which role where: granting and revoking. */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: MembershipStore,
    private readonly users: UserStore,
    private readonly organisations: OrganisationStore,
    private readonly teams: TeamStore,
  ) {}

  async grant(principal: Principal, input: GrantRoleInput): Promise<Membership> {
    DirectoryAccess.assertCanGrant(principal, input.organisationId, input.role);
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.visibleUser(principal, await this.users.findRecord(tx.manager, input.userId));
        return this.insertGrant(tx, principal, { ...input, displayName: user.displayName });
      },
      { actor: principal.actor },
    );
  }

  /**
   * Grants a role to a person the caller has just created or already found (createUser,
   * the bootstrap administrator): in its own unit of work, or in the caller's when called
   * inside one. The team, if any, must belong to the organisation: a team of another
   * organisation is NOT_FOUND, like a missing one.
   */
  grantTo(principal: Principal, grant: NewGrant): Promise<Membership> {
    return this.uow.run((tx) => this.insertGrant(tx, principal, grant), { actor: principal.actor });
  }

  async revoke(principal: Principal, input: RevokeRoleInput): Promise<boolean> {
    DirectoryAccess.assertCanGrant(principal, input.organisationId, input.role);
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.visibleUser(principal, await this.users.findRecord(tx.manager, input.userId));
        if (input.role === Role.SYSTEM_ADMIN) await assertAnotherSystemAdmin(this.store, tx, input.userId);
        const organisation = await this.organisations.nameOf(tx.manager, input.organisationId);
        const removed = await this.store.remove(tx, input.userId, input.organisationId, input.role);
        if (!removed) throw DomainError.notFound('Membership');
        tx.record({
          action: IdentityAudit.roleRevoked,
          organisationId: input.organisationId,
          entityType: 'membership',
          entityId: removed.id,
          summary: `Revoked ${input.role} at ${organisation} from ${user.displayName}`,
          changes: { before: { userId: input.userId, role: input.role, teamId: removed.teamId } },
        });
        return true;
      },
      { actor: principal.actor },
    );
  }

  private async insertGrant(tx: Transaction, principal: Principal, grant: NewGrant): Promise<Membership> {
    const organisation = await this.organisations.nameOf(tx.manager, grant.organisationId);
    const team = grant.teamId
      ? await this.teams.findInOrganisation(tx.manager, grant.teamId, grant.organisationId)
      : null;
    if (grant.teamId && !team) throw DomainError.notFound('Team');
    const row = await this.store.insert(
      tx,
      {
        userId: grant.userId,
        organisationId: grant.organisationId,
        teamId: team?.id ?? null,
        role: grant.role,
        grantedBy: principal.userId,
      },
      `${grant.displayName} already holds ${grant.role} at ${organisation}`,
    );
    tx.record({
      action: IdentityAudit.roleGranted,
      organisationId: grant.organisationId,
      entityType: 'membership',
      entityId: row.id,
      summary: `Granted ${grant.role} at ${organisation}${team ? ` (${team.name})` : ''} to ${grant.displayName}`,
      changes: { after: { userId: grant.userId, role: grant.role, teamId: team?.id ?? null } },
    });
    return toMembership(row);
  }
}

/** The ICS must keep an active system administrator other than `userId` (see MembershipStore.otherActiveSystemAdmins). */
export async function assertAnotherSystemAdmin(store: MembershipStore, tx: Transaction, userId: string): Promise<void> {
  if ((await store.otherActiveSystemAdmins(tx, userId)) === 0) {
    throw DomainError.conflict('This would leave the ICS without an active system administrator');
  }
}
