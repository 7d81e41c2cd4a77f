import { AccessPolicy, Principal, Role } from '@muster/platform-access';

const ADMINS: readonly Role[] = [Role.ORG_ADMIN];

/** Who sets and sees an organisation's webhooks, built on AccessPolicy (as API keys: ApiKeyAccess). */
export const WebhookAccess = {
  /** Set or remove a webhook of `organisationId`: its admins and system admins; NOT_FOUND out of sight, FORBIDDEN without the role. */
  assertCanManage(principal: Principal, organisationId: string): void {
    if (principal.isSystemAdmin) return;
    AccessPolicy.assertCanAct(principal, organisationId, ADMINS, 'Organisation');
  },

  /** See them (masked): its admins and the ICS-wide roles (system admin, auditor). */
  assertCanList(principal: Principal, organisationId: string): void {
    if (principal.isSystemWide) return;
    AccessPolicy.assertCanAct(principal, organisationId, ADMINS, 'Organisation');
  },
};
