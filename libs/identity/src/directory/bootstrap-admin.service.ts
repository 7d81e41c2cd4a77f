import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '@muster/platform-access';
import { ConfigError } from '@muster/platform-config';
import { DomainError, ErrorCode } from '@muster/platform-core';
import { AdvisoryLock, Transaction, UnitOfWork } from '@muster/platform-database';
import { MembershipStore } from '../memberships/membership.store';
import { MembershipsService } from '../memberships/memberships.service';
import { OrganisationKind } from '../organisations/organisation-kind';
import { OrganisationStore } from '../organisations/organisation.store';
import { OrganisationsService } from '../organisations/organisations.service';
import { UserStore } from '../users/user.store';
import { UsersService } from '../users/users.service';
import { SystemPrincipal } from './system-principal';

/** The organisation made for the first administrator when the ICS has no ICB yet. */
export const PLACEHOLDER_ICB = {
  odsCode: 'ICB',
  name: 'Integrated Care Board (rename me)',
  kind: OrganisationKind.ICB,
};

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
    private readonly organisationStore: OrganisationStore,
    private readonly userStore: UserStore,
    private readonly membershipStore: MembershipStore,
  ) {}

  async ensure(admin: { email: string; password: string }): Promise<BootstrapOutcome> {
    if (await this.membershipStore.hasActiveSystemAdmin(this.dataSource.manager, admin.email))
      return { status: 'present' };
    if (await this.membershipStore.hasActiveSystemAdmin(this.dataSource.manager)) return skipped(ALREADY);
    const system = new SystemPrincipal();
    try {
      const outcome = await this.uow.run(
        async (tx): Promise<BootstrapOutcome | undefined> => {
          // Two instances starting together must not both create one.
          await AdvisoryLock.wait(tx, 'muster.bootstrap-admin');
          // Another instance got there first.
          if (await this.membershipStore.hasActiveSystemAdmin(tx.manager)) return tx.nothingToRecord();
          const icb = await this.icb(tx, system);
          return {
            status: await this.makeAdmin(tx, system, admin, icb.id),
            email: admin.email,
            organisation: icb.name,
          };
        },
        { actor: system.actor },
      );
      return outcome ?? skipped(ALREADY);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT) {
        throw new ConfigError(
          'MUSTER_ADMIN_PASSWORD',
          `is refused by the password policy: it ${error.fields[0]?.message ?? error.message}`,
        );
      }
      throw error;
    }
  }

  /**
   * Creates the account, or promotes (and if need be reactivates) the one with that email,
   * through the directory services: they join this unit of work.
   */
  private async makeAdmin(
    tx: Transaction,
    system: SystemPrincipal,
    admin: { email: string; password: string },
    organisationId: string,
  ): Promise<'created' | 'granted'> {
    const existing = await this.userStore.findRecordByEmail(tx.manager, admin.email);
    if (!existing) {
      const { email, password } = admin;
      await this.users.create(system, {
        organisationId,
        email,
        password,
        displayName: 'System administrator',
        role: Role.SYSTEM_ADMIN,
      });
      return 'created';
    }
    if (!existing.active) await this.users.reactivate(system, existing.id);
    if (!existing.roles.includes(Role.SYSTEM_ADMIN)) {
      await this.memberships.grantTo(system, {
        userId: existing.id,
        displayName: existing.displayName,
        organisationId,
        role: Role.SYSTEM_ADMIN,
      });
    }
    return 'granted';
  }

  private async icb(tx: Transaction, system: SystemPrincipal): Promise<{ id: string; name: string }> {
    const icb = await this.organisationStore.firstOfKind(tx.manager, OrganisationKind.ICB);
    return icb ?? this.organisations.create(system, PLACEHOLDER_ICB);
  }
}

const ALREADY = 'an active system administrator already exists';

const skipped = (reason: string): BootstrapOutcome => ({ status: 'skipped', reason });
