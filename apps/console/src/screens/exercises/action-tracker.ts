import type { AssignmentStatus, ExerciseActionFragment } from '../../generated/graphql';
import { actionStatusWords } from './exercise-words';

/** The counts the API gives for an exercise's whole action plan (every organisation's actions, as listed). */
export interface TrackerCounts {
  total: number;
  closed: number;
  overdue: number;
  byStatus: { status: AssignmentStatus; count: number }[];
}

type Action = Pick<ExerciseActionFragment, 'status' | 'dueAt' | 'overdue'>;

const CLOSED = new Set<AssignmentStatus>(['DONE', 'CANCELLED', 'WAIVED']);
export const isClosed = (status: AssignmentStatus): boolean => CLOSED.has(status);

/**
 * Overdue: not closed and past its due time. `overdue` is the API's (its clock); a row whose
 * due time passes while the page is open counts too.
 */
export function isOverdue(action: Action, now: number): boolean {
  if (isClosed(action.status)) return false;
  return action.overdue || (action.dueAt !== null && Date.parse(action.dueAt) < now);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "17 of 22 done, 3 overdue" (and the waived or cancelled, which are closed but not done). */
export function trackerHeadline(counts: TrackerCounts): string {
  if (counts.total === 0) return 'No actions raised yet';
  const done = counts.byStatus.find((s) => s.status === 'DONE')?.count ?? 0;
  const dropped = counts.closed - done;
  const parts = [`${done} of ${plural(counts.total, 'action')} done`];
  if (dropped > 0) parts.push(`${dropped} waived or cancelled`);
  parts.push(counts.overdue ? `${counts.overdue} overdue` : 'none overdue');
  return parts.join(', ');
}

/** Counts of a list of actions as the page holds them (the same shape the API gives for all). */
export function countActions(list: readonly Action[], now: number): TrackerCounts {
  const byStatus = new Map<AssignmentStatus, number>();
  for (const a of list) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  return {
    total: list.length,
    closed: list.filter((a) => isClosed(a.status)).length,
    overdue: list.filter((a) => isOverdue(a, now)).length,
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
  };
}

/** What the tracker's status filter offers: any, each status, or the overdue ones, or all still open. */
export type StatusFilter = '' | 'OVERDUE' | 'NOT_CLOSED' | AssignmentStatus;

export interface ActionFilter {
  organisationId: string;
  status: StatusFilter;
}

export function filterActions<T extends ExerciseActionFragment>(
  list: readonly T[],
  filter: ActionFilter,
  now: number,
): T[] {
  return list.filter(
    (a) =>
      (!filter.organisationId || a.organisation.id === filter.organisationId) &&
      (filter.status === '' ||
        (filter.status === 'OVERDUE'
          ? isOverdue(a, now)
          : filter.status === 'NOT_CLOSED'
            ? !isClosed(a.status)
            : a.status === filter.status)),
  );
}

export type ActionOrder = 'due' | 'organisation' | 'status';

const STATUS_ORDER: AssignmentStatus[] = [
  'BLOCKED',
  'OPEN',
  'ACKNOWLEDGED',
  'IN_PROGRESS',
  'DONE',
  'WAIVED',
  'CANCELLED',
];

/**
 * The tracker's order. Every order puts overdue actions first and closed ones last;
 * within that: `due` soonest due (no due time last), `organisation` by name, `status` by
 * how much it needs attention (blocked, open … done). Ties by due time, then title.
 */
export function sortActions<T extends ExerciseActionFragment>(
  list: readonly T[],
  order: ActionOrder,
  now: number,
): T[] {
  const due = (a: T) => (a.dueAt ? Date.parse(a.dueAt) : Number.POSITIVE_INFINITY);
  const rank = (a: T) => (isOverdue(a, now) ? 0 : isClosed(a.status) ? 2 : 1);
  const by = (a: T, b: T): number => {
    if (order === 'organisation') return a.organisation.name.localeCompare(b.organisation.name);
    if (order === 'status') return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
    return 0;
  };
  return [...list].sort((a, b) => rank(a) - rank(b) || by(a, b) || due(a) - due(b) || a.title.localeCompare(b.title));
}

/** The organisations of the listed actions, by name, for the filter. */
export function organisationsOf(list: readonly ExerciseActionFragment[]): { id: string; name: string }[] {
  const byId = new Map(list.map((a) => [a.organisation.id, a.organisation.name]));
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether the action is on the person's My work list: given to them, or to one of their teams. */
export function onMyWork(
  action: Pick<ExerciseActionFragment, 'assignedToMe' | 'team'>,
  teamIds: readonly string[],
): boolean {
  return action.assignedToMe || (action.team !== null && action.team !== undefined && teamIds.includes(action.team.id));
}

/** "Showing 3 of 22 actions: Trust X's, overdue" — what the filtered list is, in words. */
export function shownWords(shown: number, listed: number): string {
  return shown === listed
    ? `Showing all ${plural(listed, 'action')}`
    : `Showing ${shown} of ${plural(listed, 'action')}`;
}

export const statusFilterWords = (status: StatusFilter): string =>
  status === ''
    ? 'Any status'
    : status === 'OVERDUE'
      ? 'Overdue'
      : status === 'NOT_CLOSED'
        ? 'Not done yet'
        : actionStatusWords(status);
