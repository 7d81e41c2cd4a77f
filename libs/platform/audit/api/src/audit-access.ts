import { Injectable } from '@nestjs/common';
import { AuditScope } from '@muster/platform-audit';
import { AccessPolicy, Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';

/** Who reads the trail: auditors and system administrators everywhere, organisation administrators at home. */
export const TRAIL_READERS: readonly Role[] = [Role.AUDITOR, Role.SYSTEM_ADMIN, Role.ORG_ADMIN];

/** The part of the trail a reader may list, verify or export. */
export function trailScope(principal: Principal): AuditScope {
  if (principal.isSystemWide) return { all: true };
  return {
    all: false,
    organisationIds: principal.grants.filter((g) => g.role === Role.ORG_ADMIN).map((g) => g.organisationId),
  };
}

/**
 * The trail of one organisation (null: the ICS-wide chain) must be in the reader's
 * scope: NOT_FOUND for an organisation they cannot see, FORBIDDEN where they can see
 * it but do not administer it (and for the ICS chain, which only system-wide roles read).
 */
export function assertCanReadTrail(principal: Principal, organisationId: string | null): void {
  if (principal.isSystemWide) return;
  if (organisationId === null)
    throw DomainError.forbidden('Only auditors and system administrators read the ICS-wide trail');
  AccessPolicy.assertCanAct(principal, organisationId, [Role.ORG_ADMIN], 'Organisation');
}

/** The events of an entity's history a caller may see: those of organisations they see. */
export function historyScope(principal: Principal): AuditScope {
  return principal.isSystemWide ? { all: true } : { all: false, organisationIds: principal.organisationIds };
}

/** A domain's own rule for who may see one of its records (and so its history). */
export type EntityVisibilityCheck = (principal: Principal, entityId: string) => Promise<boolean>;

/**
 * Entity histories are shown to whoever can see the organisation of their events. A
 * domain whose records are narrower than that (an IG decision, a restricted incident)
 * registers its check here from its module's `onModuleInit`; the history of a record
 * the check refuses reads as empty, exactly like a record that does not exist.
 */
@Injectable()
export class AuditHistoryVisibility {
  private readonly checks = new Map<string, EntityVisibilityCheck>();

  register(entityType: string, check: EntityVisibilityCheck): void {
    if (this.checks.has(entityType))
      throw new Error(`A history visibility check for ${entityType} is already registered`);
    this.checks.set(entityType, check);
  }

  async canSee(principal: Principal, entityType: string, entityId: string): Promise<boolean> {
    const check = this.checks.get(entityType);
    return check ? check(principal, entityId) : true;
  }
}
