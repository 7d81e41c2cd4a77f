import { Actor } from '@muster/platform-core';
import { Role, SYSTEM_WIDE_ROLES } from './role';

export interface Grant {
  organisationId: string;
  role: Role;
  teamId: string | null;
}

/**
 * The authenticated caller: who they are and the roles they hold in which organisations.
 * Built fresh on every request from the database, so a revoked role or a deactivated
 * user takes effect on the very next request.
 */
export class Principal {
  constructor(
    readonly actor: Actor,
    readonly grants: readonly Grant[],
  ) {}

  get userId(): string | null {
    return this.actor.type === 'USER' ? this.actor.id : null;
  }

  /** Holds `role` in `organisationId`, or anywhere when no organisation is given. */
  holds(role: Role, organisationId?: string): boolean {
    return this.grants.some(
      (g) => g.role === role && (organisationId === undefined || g.organisationId === organisationId),
    );
  }

  holdsAny(roles: readonly Role[], organisationId?: string): boolean {
    return roles.some((r) => this.holds(r, organisationId));
  }

  /** Sees every organisation of the ICS (system administrators and auditors). */
  get isSystemWide(): boolean {
    return this.holdsAny(SYSTEM_WIDE_ROLES);
  }

  get isSystemAdmin(): boolean {
    return this.holds(Role.SYSTEM_ADMIN);
  }

  /** Organisations the caller is a member of, whatever the role. */
  get organisationIds(): string[] {
    return [...new Set(this.grants.map((g) => g.organisationId))];
  }

  /** `ROLE@organisationId` labels recorded on audit events. */
  get roleLabels(): string[] {
    return this.grants.map((g) => `${g.role}@${g.organisationId}`);
  }
}
