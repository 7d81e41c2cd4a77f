import type { IncidentRoomFragment } from '../../generated/graphql';

export interface KnownPerson {
  id: string;
  displayName: string;
}

/**
 * The people the room can offer for a command role: the viewer and everyone the incident
 * names (who reported and declared it, who holds or held a role on it), active ones only,
 * by name. The API has no list of the people eligible for an incident's roles yet
 * (`users` is for organisation administrators), so a person not named here is entered
 * by their account id.
 */
export function knownPeople(
  incident: Pick<IncidentRoomFragment, 'reportedBy' | 'declaredBy' | 'roleHistory'>,
  viewer: KnownPerson | null | undefined,
): KnownPerson[] {
  const byId = new Map<string, KnownPerson>();
  const add = (p: { id: string; displayName: string; active?: boolean } | null | undefined) => {
    if (p && p.active !== false && !byId.has(p.id)) byId.set(p.id, { id: p.id, displayName: p.displayName });
  };
  add(viewer);
  add(incident.reportedBy);
  add(incident.declaredBy);
  for (const holding of incident.roleHistory) add(holding.holder);
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
