import { Principal, Role } from '@muster/platform-access';

/** Who asks, as far as seeing an incident goes. */
export interface IncidentSightOfCaller {
  userId: string | null;
  organisationIds: string[];
  /** Organisations where the caller holds a role that, at an ICB, sees every incident. */
  icbCandidates: string[];
  systemWide: boolean;
}

/** The roles that, held at an ICB, see every incident (the incidents library's ICB_INCIDENT_ROLES). */
const ICB_INCIDENT_ROLES: readonly Role[] = [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD];

export function incidentCaller(principal: Principal): IncidentSightOfCaller {
  return {
    userId: principal.userId,
    organisationIds: principal.organisationIds,
    icbCandidates: [
      ...new Set(principal.grants.filter((g) => ICB_INCIDENT_ROLES.includes(g.role)).map((g) => g.organisationId)),
    ],
    systemWide: principal.isSystemWide,
  };
}

/** The parameters `incidentSeenSql` reads, in order from its `n`. */
export const incidentCallerParams = (c: IncidentSightOfCaller): unknown[] => [
  c.userId,
  c.organisationIds,
  c.icbCandidates,
  c.systemWide,
];

/**
 * IncidentAccess.canSee in SQL, for incident alias `i`: members of its lead and affected
 * organisations, holders of a command role on it, the ICB's commanders and EPRR leads, and
 * ICS-wide roles. The caller's user id, organisations, ICB candidates and system-wide flag
 * are parameters $n to $n+3 (`incidentCallerParams`).
 */
export const incidentSeenSql = (i: string, n: number) => `(
  $${n + 3}::boolean
  OR ${i}.lead_organisation_id = ANY($${n + 1}::uuid[])
  OR EXISTS (SELECT 1 FROM incident_affected_organisation a WHERE a.incident_id = ${i}.id AND a.organisation_id = ANY($${n + 1}::uuid[]))
  OR EXISTS (SELECT 1 FROM incident_role_assignment r WHERE r.incident_id = ${i}.id AND r.ended_at IS NULL AND r.user_id = $${n}::uuid)
  OR EXISTS (SELECT 1 FROM organisation o WHERE o.id = ANY($${n + 2}::uuid[]) AND o.kind = 'ICB'))`;
