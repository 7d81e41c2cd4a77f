import type { Role } from '../../generated/graphql';
import { roleWords } from '../../components/roles';

/** Who may open the Administration screen: the acting organisation's administrators and system administrators. */
export const ADMIN_ROLES: Role[] = ['ORG_ADMIN', 'SYSTEM_ADMIN'];

export const mayAdminister = (actingRoles: readonly Role[]): boolean =>
  actingRoles.some((r) => ADMIN_ROLES.includes(r));

/** Roles only a system administrator grants or revokes (they see the whole ICS). */
const SYSTEM_ONLY: Role[] = ['SYSTEM_ADMIN', 'AUDITOR'];

/** The organisation's roles, strongest first, as an administrator picks them. */
const ORGANISATION_ROLES: Role[] = [
  'INCIDENT_COMMANDER',
  'EPRR_LEAD',
  'IG_OFFICER',
  'ORG_ADMIN',
  'RESPONDER',
  'VIEWER',
];

/** Roles a machine may hold: never administration, an ICS-wide role or IG officer (the API's API_KEY_ROLES). */
export const API_KEY_ROLES: Role[] = ['INCIDENT_COMMANDER', 'EPRR_LEAD', 'RESPONDER', 'VIEWER'];

const isSystemAdmin = (actingRoles: readonly Role[]) => actingRoles.includes('SYSTEM_ADMIN');

/** Whether the acting person may grant or revoke `role` here (system-wide roles: system administrators only). */
export const mayChangeRole = (actingRoles: readonly Role[], role: Role): boolean =>
  mayAdminister(actingRoles) && (!SYSTEM_ONLY.includes(role) || isSystemAdmin(actingRoles));

/** The roles the acting person may give someone who holds `held` here already. */
export function grantableRoles(actingRoles: readonly Role[], held: readonly Role[] = []): Role[] {
  const offered = isSystemAdmin(actingRoles) ? [...SYSTEM_ONLY, ...ORGANISATION_ROLES] : ORGANISATION_ROLES;
  return offered.filter((r) => mayChangeRole(actingRoles, r) && !held.includes(r));
}

interface MembershipLike {
  role: Role;
  organisation: { id: string };
  team?: { name: string } | null;
}

/** A person's roles in one organisation, strongest first, each with its team if it is held in one. */
export function rolesIn<T extends MembershipLike>(memberships: readonly T[], organisationId: string): T[] {
  const order = [...SYSTEM_ONLY, ...ORGANISATION_ROLES];
  return memberships
    .filter((m) => m.organisation.id === organisationId)
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}

/** "Incident commander (Digital team)". */
export const membershipWords = (m: MembershipLike): string =>
  m.team ? `${roleWords(m.role)} (${m.team.name})` : roleWords(m.role);

/** What a role lets a person do, in a sentence, for the grant form's hint. */
export const ROLE_HINTS: Partial<Record<Role, string>> = {
  ORG_ADMIN: 'Manages this organisation’s people, teams and API keys.',
  INCIDENT_COMMANDER: 'Declares incidents, leads them and records command decisions.',
  EPRR_LEAD: 'Owns runbooks, readiness and exercises.',
  IG_OFFICER: 'Decides on personal data breaches and reports them to the ICO.',
  RESPONDER: 'Reports incidents and carries out assignments.',
  VIEWER: 'Sees incidents and reports; changes nothing.',
  AUDITOR: 'Reads the whole ICS’s records and audit trail; changes nothing.',
  SYSTEM_ADMIN: 'Administers every organisation of the ICS.',
};
