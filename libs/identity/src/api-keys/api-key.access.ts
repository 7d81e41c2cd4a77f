import { AccessPolicy, Principal } from '@muster/platform-access';
import { API_KEY_ADMIN_ROLES } from './api-key.rules';

/** Who manages and lists an organisation's API keys, built on AccessPolicy. */
export const ApiKeyAccess = {
  /** Create or revoke a key of `organisationId`: NOT_FOUND out of sight, FORBIDDEN without the role. */
  assertCanManage(principal: Principal, organisationId: string, entity: string): void {
    if (principal.isSystemAdmin) return;
    AccessPolicy.assertCanAct(principal, organisationId, API_KEY_ADMIN_ROLES, entity);
  },

  /** List an organisation's keys: its admins, and the ICS-wide roles (system admin, auditor). */
  assertCanList(principal: Principal, organisationId: string): void {
    if (principal.isSystemWide) return;
    AccessPolicy.assertCanAct(principal, organisationId, API_KEY_ADMIN_ROLES, 'Organisation');
  },
};
