import type { OrganisationKind, Role } from '../generated/graphql';

export interface ActingOrganisation {
  id: string;
  name: string;
  odsCode: string;
  /** The organisation's kind (an ICB's EPRR lead confirms assessments); absent when unknown. */
  kind?: OrganisationKind;
  roles: Role[];
}

interface GrantLike {
  role: Role;
  organisation: { id: string; name: string; odsCode: string; kind?: OrganisationKind };
}

const ROLE_ORDER: Role[] = [
  'SYSTEM_ADMIN',
  'INCIDENT_COMMANDER',
  'EPRR_LEAD',
  'IG_OFFICER',
  'ORG_ADMIN',
  'RESPONDER',
  'AUDITOR',
  'VIEWER',
];

const ROLE_WORDS: Record<Role, string> = {
  SYSTEM_ADMIN: 'System administrator',
  INCIDENT_COMMANDER: 'Incident commander',
  EPRR_LEAD: 'EPRR lead',
  IG_OFFICER: 'IG officer',
  ORG_ADMIN: 'Organisation administrator',
  RESPONDER: 'Responder',
  AUDITOR: 'Auditor',
  VIEWER: 'Viewer',
};

export const roleWords = (role: Role): string => ROLE_WORDS[role];

/** Roles in words, strongest first: "Incident commander, Responder". */
export function rolesInWords(roles: readonly Role[]): string {
  return [...roles]
    .sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))
    .map(roleWords)
    .join(', ');
}

/** A person's grants folded into one entry per organisation, roles strongest first, organisations by name. */
export function rolesByOrganisation(grants: readonly GrantLike[]): ActingOrganisation[] {
  const byId = new Map<string, ActingOrganisation>();
  for (const grant of grants) {
    const entry = byId.get(grant.organisation.id) ?? { ...grant.organisation, roles: [] };
    if (!entry.roles.includes(grant.role)) entry.roles.push(grant.role);
    byId.set(grant.organisation.id, entry);
  }
  const list = [...byId.values()];
  for (const entry of list) entry.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether the person may report an incident for this organisation (RESPONDER and above there). */
export function mayReport(organisation: ActingOrganisation): boolean {
  return organisation.roles.some(
    (r) =>
      r === 'RESPONDER' || r === 'INCIDENT_COMMANDER' || r === 'EPRR_LEAD' || r === 'ORG_ADMIN' || r === 'SYSTEM_ADMIN',
  );
}

export function isCommander(organisation: ActingOrganisation): boolean {
  return organisation.roles.includes('INCIDENT_COMMANDER');
}
