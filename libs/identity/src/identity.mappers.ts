import { ApiKeyRow } from './api-keys/api-key.store';
import { ApiKey } from './api-keys/api-key.types';
import { MembershipRow } from './memberships/membership.store';
import { Membership } from './memberships/membership.types';
import { OrganisationRow } from './organisations/organisation.store';
import { Organisation } from './organisations/organisation.types';
import { TeamRow } from './teams/team.store';
import { Team } from './teams/team.types';
import { UserRow } from './users/user.store';
import { User } from './users/user.types';

/** Store rows → API types, field by field, so a new column is never exposed by accident. */
export function toOrganisation(o: OrganisationRow): Organisation {
  return { id: o.id, odsCode: o.odsCode, name: o.name, kind: o.kind, createdAt: o.createdAt, version: o.version };
}

export function toTeam(t: TeamRow): Team {
  return { id: t.id, organisationId: t.organisationId, name: t.name, function: t.function, version: t.version };
}

export function toUser(u: UserRow): User {
  return { id: u.id, email: u.email, displayName: u.displayName, active: u.active, version: u.version };
}

export function toMembership(m: MembershipRow): Membership {
  return { id: m.id, role: m.role, grantedAt: m.grantedAt, organisationId: m.organisationId, teamId: m.teamId };
}

export function toApiKey(k: ApiKeyRow): ApiKey {
  return {
    id: k.id,
    name: k.name,
    role: k.role,
    organisationId: k.organisationId,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
  };
}
