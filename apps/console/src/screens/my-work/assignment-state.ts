import type { AssignmentStatus, MyAssignmentFragment } from '../../generated/graphql';

/** What a person working an assignment may do next; the API's transition table decides, these mirror it. */
export type WorkAction = 'acknowledge' | 'start' | 'block' | 'unblock' | 'complete';

const ACTIONS: Record<AssignmentStatus, WorkAction[]> = {
  OPEN: ['acknowledge'],
  ACKNOWLEDGED: ['start'],
  IN_PROGRESS: ['block', 'complete'],
  BLOCKED: ['unblock'],
  DONE: [],
  CANCELLED: [],
  WAIVED: [],
};

/** The actions an assignment's status allows (OPEN → ACKNOWLEDGED → IN_PROGRESS ⇄ BLOCKED → DONE). */
export const actionsFor = (status: AssignmentStatus): WorkAction[] => ACTIONS[status];

export const ACTION_WORDS: Record<WorkAction, string> = {
  acknowledge: 'Acknowledge',
  start: 'Start',
  block: 'Block',
  unblock: 'Unblock',
  complete: 'Mark as done',
};

const STATUS_WORDS: Record<AssignmentStatus, string> = {
  OPEN: 'Open',
  ACKNOWLEDGED: 'Acknowledged',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
  WAIVED: 'Waived',
};

const STATUS_COLOUR: Record<AssignmentStatus, 'blue' | 'yellow' | 'orange' | 'green' | 'grey' | 'white'> = {
  OPEN: 'white',
  ACKNOWLEDGED: 'blue',
  IN_PROGRESS: 'yellow',
  BLOCKED: 'orange',
  DONE: 'green',
  CANCELLED: 'grey',
  WAIVED: 'grey',
};

export const statusWords = (status: AssignmentStatus): string => STATUS_WORDS[status];
export const statusColour = (status: AssignmentStatus) => STATUS_COLOUR[status];

const FINISHED = new Set<AssignmentStatus>(['DONE', 'CANCELLED', 'WAIVED']);
export const isFinished = (status: AssignmentStatus): boolean => FINISHED.has(status);

/**
 * The list as the page shows it: unfinished first, overdue before the rest, then soonest due
 * (no due time last), then newest. `overdue` is the API's; a row due in the past is overdue
 * too, so one that fell due while the page was open moves up.
 */
export function sortWork(list: readonly MyAssignmentFragment[], now: number): MyAssignmentFragment[] {
  const due = (a: MyAssignmentFragment) => (a.dueAt ? Date.parse(a.dueAt) : Number.POSITIVE_INFINITY);
  return [...list].sort(
    (a, b) =>
      Number(isFinished(a.status)) - Number(isFinished(b.status)) ||
      Number(isOverdue(b, now)) - Number(isOverdue(a, now)) ||
      due(a) - due(b) ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
}

export function isOverdue(a: Pick<MyAssignmentFragment, 'overdue' | 'dueAt' | 'status'>, now: number): boolean {
  if (isFinished(a.status)) return false;
  return a.overdue || (a.dueAt !== null && a.dueAt !== undefined && Date.parse(a.dueAt) < now);
}

/** A live change merged in: a newer version replaces the row, an unknown one is added. */
export function mergeWork(
  list: readonly MyAssignmentFragment[],
  changed: MyAssignmentFragment,
): MyAssignmentFragment[] {
  const known = list.find((a) => a.id === changed.id);
  if (known && known.version > changed.version) return [...list];
  return [...list.filter((a) => a.id !== changed.id), changed];
}

/** Evidence links: one https address a line, blank lines ignored. */
export function linksOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
