/**
 * The audit actions of the directory (organisations, teams, people, roles) and of API
 * keys. The strings are part of the trail's history: never change one (add a new action
 * instead); services and fixtures record these constants, never a literal.
 */
export const IdentityAudit = {
  organisationCreated: 'organisation.created',
  organisationUpdated: 'organisation.updated',
  teamCreated: 'team.created',
  teamUpdated: 'team.updated',
  userCreated: 'user.created',
  userDeactivated: 'user.deactivated',
  userReactivated: 'user.reactivated',
  /** Emailed a single-use link to set a first password (created without one, or sent again). */
  userInvitationSent: 'user.invitation_sent',
  /** Set their first password with an invitation's link. */
  userInvitationAccepted: 'user.invitation_accepted',
  /** Set, changed or cleared; the trail shows only the number's last three digits. */
  userMobileNumberSet: 'user.mobile_number_set',
  roleGranted: 'role.granted',
  roleRevoked: 'role.revoked',
  designationSet: 'designation.set',
  designationCleared: 'designation.cleared',
  sharedServiceRecorded: 'shared_service.recorded',
  sharedServiceEnded: 'shared_service.ended',
  apiKeyCreated: 'api_key.created',
  apiKeyRevoked: 'api_key.revoked',
  apiKeyUsed: 'api_key.used',
} as const;

export type IdentityAction = (typeof IdentityAudit)[keyof typeof IdentityAudit];
