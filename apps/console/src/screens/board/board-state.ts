import type { BoardIncidentFragment } from '../../generated/graphql';

/** Statuses where the incident is still being worked: shown first on the board. */
const ACTIVE = new Set(['DECLARED', 'CONTAINED', 'RECOVERING', 'STANDBY', 'REPORTED']);

/**
 * The board's list: what the query loaded, with each live change merged in (an incident
 * seen for the first time is added; a known one replaced by its newer state). Active
 * incidents come first, then by time reported, newest first.
 */
export function mergeIncident(
  list: readonly BoardIncidentFragment[],
  changed: BoardIncidentFragment,
): BoardIncidentFragment[] {
  const others = list.filter((i) => i.id !== changed.id);
  return sortBoard([...others, changed]);
}

export function sortBoard(list: readonly BoardIncidentFragment[]): BoardIncidentFragment[] {
  return [...list].sort((a, b) => {
    const active = Number(ACTIVE.has(b.status)) - Number(ACTIVE.has(a.status));
    return active || Date.parse(b.reportedAt) - Date.parse(a.reportedAt);
  });
}

const STATUS_WORDS: Record<string, string> = {
  REPORTED: 'Reported',
  STANDBY: 'Standby',
  DECLARED: 'Declared',
  CONTAINED: 'Contained',
  RECOVERING: 'Recovering',
  STOOD_DOWN: 'Stood down',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

/** The design system's tag colour for each status: red while declared, grey once over. */
const STATUS_COLOUR: Record<string, 'red' | 'orange' | 'yellow' | 'blue' | 'green' | 'grey' | 'white'> = {
  REPORTED: 'yellow',
  STANDBY: 'orange',
  DECLARED: 'red',
  CONTAINED: 'blue',
  RECOVERING: 'green',
  STOOD_DOWN: 'grey',
  CLOSED: 'grey',
  CANCELLED: 'grey',
};

export const statusWords = (status: string): string => STATUS_WORDS[status] ?? status;
export const statusColour = (status: string) => STATUS_COLOUR[status] ?? 'grey';

const TYPE_WORDS: Record<string, string> = {
  BUSINESS_CONTINUITY: 'Business continuity',
  CRITICAL: 'Critical',
  MAJOR: 'Major',
};

export const typeWords = (type: string): string => TYPE_WORDS[type] ?? type;

const LEVEL_WORDS = [
  '',
  'Level 1 (local)',
  'Level 2 (ICB)',
  'Level 3 (NHS England region)',
  'Level 4 (NHS England national)',
];

export const levelWords = (level: number): string => LEVEL_WORDS[level] ?? `Level ${level}`;
