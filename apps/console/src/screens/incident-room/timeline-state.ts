import type { RoomTimelineEntryFragment } from '../../generated/graphql';

/**
 * The timeline as shown: what the query loaded (newest first) and what arrived live (in
 * order of arrival), each entry once (by id), newest first; entries of the same instant
 * keep the order they came in, the latest arrival first.
 */
export function mergeTimeline(
  loaded: readonly RoomTimelineEntryFragment[],
  live: readonly RoomTimelineEntryFragment[],
): RoomTimelineEntryFragment[] {
  const byId = new Map<string, RoomTimelineEntryFragment>();
  for (const entry of [...[...live].reverse(), ...loaded]) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
}

/** Adds one live entry (a repeat of one already held changes nothing). */
export function addLive(
  live: readonly RoomTimelineEntryFragment[],
  entry: RoomTimelineEntryFragment,
): RoomTimelineEntryFragment[] {
  return live.some((e) => e.id === entry.id) ? [...live] : [...live, entry];
}

/** For each manual entry (by its entryId), the corrections that point at it, oldest first. */
export function correctionsByEntry(
  entries: readonly RoomTimelineEntryFragment[],
): Map<string, RoomTimelineEntryFragment[]> {
  const map = new Map<string, RoomTimelineEntryFragment[]>();
  for (const entry of [...entries].reverse()) {
    if (!entry.correctsEntryId) continue;
    map.set(entry.correctsEntryId, [...(map.get(entry.correctsEntryId) ?? []), entry]);
  }
  return map;
}

/** Manual entries may be corrected (by a new entry); the audit projection may not. */
export const correctable = (entry: RoomTimelineEntryFragment): boolean => entry.manual && !!entry.entryId;
