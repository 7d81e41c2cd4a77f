import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@muster/platform-access';
import { ConfigError } from '@muster/platform-config';
import { DomainError, ErrorCode } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { MembershipsService } from '../memberships/memberships.service';
import { OrganisationKind } from '../organisations/organisation-kind';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';
import { SystemPrincipal } from './system-principal';

/** The organisation made for the first administrator when the ICS has no ICB yet. */
export const PLACEHOLDER_ICB = { odsCode: 'ICB', name: 'Integrated Care Board (rename me)', kind: OrganisationKind.ICB };

export type BootstrapOutcome =
  | { status: 'created' | 'granted'; email: string; organisation: string }
  | { status: 'present' }
  | { status: 'skipped'; reason: string };

/**
 * The first system administrator, from MUSTER_ADMIN_EMAIL / MUSTER_ADMIN_PASSWORD: made
 * only while the ICS has no active SYSTEM_ADMIN (so it is idempotent, and also the way
 * back in if every administrator was deactivated). They become SYSTEM_ADMIN of the ICB
 * (the oldest ICB organisation, or a placeholder `ICB` to rename). An existing account
 * with that email is granted the role and keeps its password. Audited as SYSTEM.
 */
@Injectable()
export class BootstrapAdmin {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
  ) {}

  async ensure(admin: { email: string; password: string }): Promise<BootstrapOutcome> {
    if (await hasActiveSystemAdmin(this.dataSource.manager, admin.email)) return { status: 'present' };
    if (await hasActiveSystemAdmin(this.dataSource.manager)) return skipped(ALREADY);
    const system = new SystemPrincipal();
    try {
      return await this.uow.run(async (tx) => {
        // Two instances starting together must not both create one.
        await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('muster.bootstrap-admin'))`);
        // Rolls back (nothing was written) if another instance got there first.
        if (await hasActiveSystemAdmin(tx.manager)) throw new SkipSignal(ALREADY);
        const icb = await this.icb(tx, system);
        return { status: await this.makeAdmin(tx, system, admin, icb.id), email: admin.email, organisation: icb.name };
      }, { actor: system.actor });
    } catch (error) {
      if (error instanceof SkipSignal) return skipped(error.message);
      if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT) {
        throw new ConfigError('MUSTER_ADMIN_PASSWORD', `is refused by the password policy: it ${error.fields[0]?.message ?? error.message}`);
      }
      throw error;
    }
  }

  /** Creates the account, or promotes (and if need be reactivates) the one with that email. */
  private async makeAdmin(
    tx: Transaction,
    system: SystemPrincipal,
    admin: { email: string; password: string },
    organisationId: string,
  ): Promise<'created' | 'granted'> {
    const [existing] = await tx.manager.query(
      `SELECT u.id, u.display_name AS "displayName", u.active,
              EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.role = 'SYSTEM_ADMIN') AS "isAdmin"
       FROM app_user u WHERE u.email = $1`,
      [admin.email],
    );
    if (!existing) {
      const { email, password } = admin;
      await this.users.create(system, { organisationId, email, password, displayName: 'System administrator', role: Role.SYSTEM_ADMIN });
      return 'created';
    }
    if (!existing.active) await this.users.reactivate(system, existing.id);
    if (!existing.isAdmin) {
      const grant = { userId: existing.id, displayName: existing.displayName, organisationId, role: Role.SYSTEM_ADMIN };
      await this.memberships.grantWithin(tx, system, grant);
    }
    return 'granted';
  }

  private async icb(tx: Transaction, system: SystemPrincipal): Promise<{ id: string; name: string }> {
    const [icb] = await tx.manager.query(
      `SELECT id, name FROM organisation WHERE kind = 'ICB' ORDER BY created_at, id LIMIT 1`,
    );
    return icb ?? this.organisations.create(system, PLACEHOLDER_ICB);
  }
}

class SkipSignal extends Error {}

const ALREADY = 'an active system administrator already exists';

const skipped = (reason: string): BootstrapOutcome => ({ status: 'skipped', reason });

/** An active SYSTEM_ADMIN exists (with that email, if given). */
async function hasActiveSystemAdmin(manager: EntityManager, email?: string): Promise<boolean> {
  const rows = await manager.query(
    `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
     WHERE m.role = 'SYSTEM_ADMIN' AND u.active AND ($1::text IS NULL OR u.email = $1) LIMIT 1`,
    [email ?? null],
  );
  return rows.length > 0;
}
