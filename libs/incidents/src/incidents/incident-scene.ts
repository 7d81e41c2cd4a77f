import { OrganisationKind } from '@muster/identity';
import { IncidentSight } from './incident.access';
import { IncidentRoleHolding } from './incident.types';

/** An organisation with what the API shows of it. */
export interface SceneOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
}

export interface ScenePerson {
  id: string;
  displayName: string;
  active: boolean;
}

/** A holding of a command role with its holder and (for a liaison) organisation joined. */
export interface SceneHolding extends IncidentRoleHolding {
  holder: ScenePerson | null;
  organisation: SceneOrganisation | null;
}

/**
 * What an incident read fetches with its row in the same statement: its organisations by name,
 * every role holding with holder and organisation. The loaders are primed with it
 * (IncidentLoaders.prime), so the nested fields that need them cost no further statement.
 */
export interface IncidentScene {
  incidentId: string;
  lead: SceneOrganisation | null;
  /** In the order they were added. */
  affected: SceneOrganisation[];
  /** Every holding, in order of start (as IncidentCommandStore.holdingsOf). */
  holdings: SceneHolding[];
}

/** The scene of the incident aliased `i`, as one json column (see IncidentScene). */
export function sceneSql(i: string): string {
  const org = (o: string) => `json_build_object('id', ${o}.id, 'name', ${o}.name, 'kind', ${o}.kind)`;
  return `json_build_object(
    'lead', (SELECT ${org('o')} FROM organisation o WHERE o.id = ${i}.lead_organisation_id),
    'affected', COALESCE((SELECT json_agg(${org('o')} ORDER BY a.added_at, a.organisation_id)
                            FROM incident_affected_organisation a JOIN organisation o ON o.id = a.organisation_id
                           WHERE a.incident_id = ${i}.id), '[]'::json),
    'holdings', COALESCE((SELECT json_agg(json_build_object(
                                   'id', r.id, 'role', r.role, 'userId', r.user_id, 'organisationId', r.organisation_id,
                                   'assignedById', r.assigned_by, 'startedAt', r.started_at, 'endedAt', r.ended_at,
                                   'holder', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name, 'active', u.active) END,
                                   'organisation', CASE WHEN ro.id IS NULL THEN NULL ELSE ${org('ro')} END)
                                 ORDER BY r.started_at, r.ended_at NULLS LAST, r.id)
                            FROM incident_role_assignment r
                            LEFT JOIN app_user u ON u.id = r.user_id
                            LEFT JOIN organisation ro ON ro.id = r.organisation_id
                           WHERE r.incident_id = ${i}.id), '[]'::json))`;
}

interface RawHolding extends Omit<SceneHolding, 'startedAt' | 'endedAt'> {
  startedAt: string;
  endedAt: string | null;
}

/** The scene column as read (timestamps arrive as text inside json). */
export function toScene(
  incidentId: string,
  raw: { lead: SceneOrganisation | null; affected: SceneOrganisation[]; holdings: RawHolding[] },
): IncidentScene {
  return {
    incidentId,
    lead: raw.lead,
    affected: raw.affected,
    holdings: raw.holdings.map((h) => ({
      ...h,
      startedAt: new Date(h.startedAt),
      endedAt: h.endedAt === null ? null : new Date(h.endedAt),
    })),
  };
}

/** Who sees the incident, from its scene (IncidentAccess.canSee). */
export function sightOf(leadOrganisationId: string, scene: IncidentScene): IncidentSight {
  return {
    leadOrganisationId,
    affectedOrganisationIds: scene.affected.map((o) => o.id),
    roleHolders: scene.holdings.filter((h) => h.endedAt === null).map((h) => ({ userId: h.userId, role: h.role })),
  };
}
