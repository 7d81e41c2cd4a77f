import { Principal, Role } from '@muster/platform-access';
import { SYSTEM_ACTOR } from '@muster/platform-core';

/**
 * The system itself (start-up seeding, the bootstrap administrator): passes every
 * access check, and its changes are audited with the SYSTEM actor. Never built from a
 * request.
 */
export class SystemPrincipal extends Principal {
  constructor() {
    super(SYSTEM_ACTOR, []);
  }

  override holds(_role: Role, _organisationId?: string): boolean {
    return true;
  }

  override get isSystemWide(): boolean {
    return true;
  }

  override get isSystemAdmin(): boolean {
    return true;
  }
}
