import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  ORG_ADMIN = 'ORG_ADMIN',
  INCIDENT_COMMANDER = 'INCIDENT_COMMANDER',
  IG_OFFICER = 'IG_OFFICER',
  EPRR_LEAD = 'EPRR_LEAD',
  RESPONDER = 'RESPONDER',
  VIEWER = 'VIEWER',
  AUDITOR = 'AUDITOR',
}

registerEnumType(Role, { name: 'Role', description: 'What a member may do in an organisation.' });

/** Roles that see the whole ICS, wherever they are held (administration and audit). */
export const SYSTEM_WIDE_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.AUDITOR];

export const ALL_ROLES: readonly Role[] = Object.values(Role);
