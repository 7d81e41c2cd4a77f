import type { IncidentRoomRunbooksQuery } from '../../generated/graphql';

export type RoomAssignment = IncidentRoomRunbooksQuery['assignments']['nodes'][number];

export interface AssignmentGroup {
  key: string;
  heading: string;
  assignments: RoomAssignment[];
}

/**
 * The incident's assignments in groups: one per runbook activation (its steps, in the
 * order the API gives them), then the others (manual, from lessons…).
 */
export function groupAssignments(assignments: readonly RoomAssignment[]): AssignmentGroup[] {
  const groups = new Map<string, AssignmentGroup>();
  const others: RoomAssignment[] = [];
  for (const a of assignments) {
    const activation = a.source.kind === 'INCIDENT_STEP' ? a.source.activationId : null;
    if (!activation) {
      others.push(a);
      continue;
    }
    const group = groups.get(activation) ?? {
      key: activation,
      heading: `Runbook activated for ${a.organisation.name}`,
      assignments: [],
    };
    group.assignments.push(a);
    groups.set(activation, group);
  }
  const list = [...groups.values()];
  if (others.length) list.push({ key: 'others', heading: 'Other assignments', assignments: others });
  return list;
}

const STATUS_WORDS: Record<string, string> = {
  OPEN: 'Open',
  ACKNOWLEDGED: 'Acknowledged',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
  WAIVED: 'Waived',
};

export const assignmentStatusWords = (status: string): string => STATUS_WORDS[status] ?? status;

/** "3 of 5 done" for a group. */
export function progressWords(assignments: readonly RoomAssignment[]): string {
  const finished = assignments.filter((a) => a.status === 'DONE' || a.status === 'WAIVED').length;
  return `${finished} of ${assignments.length} done`;
}
