import { Role } from '@muster/platform-access';

/**
 * The roles that can carry out a step of a runbook. System administration, audit and
 * read-only viewing are not response roles: a step given to them would never be done.
 */
export const STEP_ROLES: readonly Role[] = [
  Role.INCIDENT_COMMANDER,
  Role.IG_OFFICER,
  Role.EPRR_LEAD,
  Role.RESPONDER,
  Role.ORG_ADMIN,
];

/** The roles a step may not name, in the words of the refusal. */
export const NON_STEP_ROLES: readonly Role[] = Object.values(Role).filter((r) => !STEP_ROLES.includes(r));

export const STEP_ROLE_MESSAGE = `must be a role that carries out steps (${STEP_ROLES.join(', ')}); ${NON_STEP_ROLES.join(', ')} cannot carry out a step`;
