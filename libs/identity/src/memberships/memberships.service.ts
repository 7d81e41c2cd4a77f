import { Injectable } from '@nestjs/common';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { conflictOnDuplicate, Transaction, UnitOfWork } from '@muster/platform-database';
import { DirectoryAccess } from '../directory/directory-access';
import { loadUser, organisationName } from '../directory/directory-queries';
import { GrantRoleInput, RevokeRoleInput } from './membership.inputs';
import { Membership } from './membership.types';

const RETURNING = `RETURNING id, organisation_id AS "organisationId", team_id AS "teamId", role, granted_at AS "grantedAt"`;

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
  constructor(private readonly uow: UnitOfWork) {}

  async grant(principal: Principal, input: GrantRoleInput): Promise<Membership> {
    DirectoryAccess.assertCanGrant(principal, input.organisationId, input.role);
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.visibleUser(principal, await loadUser(tx, input.userId));
        return this.grantWithin(tx, principal, { ...input, displayName: user.displayName });
      },
      { actor: principal.actor },
    );
  }

  /**
   * Inserts the membership inside the caller's transaction (also used by createUser):
   * the team, if any, must belong to the organisation — a team of another organisation
   * is NOT_FOUND, like a missing one.
   */
  async grantWithin(tx: Transaction, principal: Principal, grant: NewGrant): Promise<Membership> {
    const organisation = await organisationName(tx, grant.organisationId);
    const team = grant.teamId ? await teamOf(tx, grant.teamId, grant.organisationId) : null;
    const [row] = await tx.manager
      .query(
        `INSERT INTO membership (user_id, organisation_id, team_id, role, granted_by, granted_at)
         VALUES ($1, $2, $3, $4, $5, $6) ${RETURNING}`,
        [grant.userId, grant.organisationId, team?.id ?? null, grant.role, principal.userId, tx.now],
      )
      .catch(conflictOnDuplicate({ membership_unique: `${grant.displayName} already holds ${grant.role} at ${organisation}` }));
    tx.record({
      action: 'role.granted',
      organisationId: grant.organisationId,
      entityType: 'membership',
      entityId: row.id,
      summary: `Granted ${grant.role} at ${organisation}${team ? ` (${team.name})` : ''} to ${grant.displayName}`,
      changes: { after: { userId: grant.userId, role: grant.role, teamId: team?.id ?? null } },
    });
    return row as Membership;
  }

  async revoke(principal: Principal, input: RevokeRoleInput): Promise<boolean> {
    DirectoryAccess.assertCanGrant(principal, input.organisationId, input.role);
    return this.uow.run(
      async (tx) => {
        const user = DirectoryAccess.visibleUser(principal, await loadUser(tx, input.userId));
        if (input.role === Role.SYSTEM_ADMIN) await assertAnotherSystemAdmin(tx, input.userId);
        const organisation = await organisationName(tx, input.organisationId);
        const [[row]] = await tx.manager.query(
          `DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2 AND role = $3 RETURNING id, team_id AS "teamId"`,
          [input.userId, input.organisationId, input.role],
        );
        if (!row) throw DomainError.notFound('Membership');
        tx.record({
          action: 'role.revoked',
          organisationId: input.organisationId,
          entityType: 'membership',
          entityId: row.id,
          summary: `Revoked ${input.role} at ${organisation} from ${user.displayName}`,
          changes: { before: { userId: input.userId, role: input.role, teamId: row.teamId } },
        });
        return true;
      },
      { actor: principal.actor },
    );
  }
}

async function teamOf(tx: Transaction, teamId: string, organisationId: string): Promise<{ id: string; name: string }> {
  const [team] = await tx.manager.query(`SELECT id, name FROM team WHERE id = $1 AND organisation_id = $2`, [teamId, organisationId]);
  if (!team) throw DomainError.notFound('Team');
  return team;
}

/**
 * The ICS must keep an active system administrator other than `userId`. Every change
 * that could remove the last one locks the SYSTEM_ADMIN memberships first, so two such
 * changes run one after the other and cannot both pass.
 */
export async function assertAnotherSystemAdmin(tx: Transaction, userId: string): Promise<void> {
  await tx.manager.query(`SELECT id FROM membership WHERE role = 'SYSTEM_ADMIN' ORDER BY id FOR UPDATE`);
  const [{ others }] = await tx.manager.query(
    `SELECT count(DISTINCT m.user_id)::int AS others FROM membership m JOIN app_user u ON u.id = m.user_id
     WHERE m.role = 'SYSTEM_ADMIN' AND u.active AND m.user_id <> $1`,
    [userId],
  );
  if (others === 0) throw DomainError.conflict('This would leave the ICS without an active system administrator');
}
