import { londonTime } from '../../components/time';
import type { IncidentRoomRunbooksQuery } from '../../generated/graphql';

export type RoomAssignment = IncidentRoomRunbooksQuery['assignments']['nodes'][number];
export type RoomActivation = IncidentRoomRunbooksQuery['incident']['runbookActivations'][number];

export interface AssignmentGroup {
  key: string;
  heading: string;
  /** Who activated it and when; null for the other assignments. */
  activated: string | null;
  /** "3 of 5 done", from the API's counts of the activation (or of the group's own assignments). */
  progress: string;
  assignments: RoomAssignment[];
}

const FINISHED = ['DONE', 'WAIVED'];

/**
 * The incident's assignments in groups: one per runbook activation, in order of activation
 * (its title and version, organisation, who and when, its progress counted by the API — even
 * with none of its assignments in sight), then the others (manual, from lessons…).
 */
export function groupAssignments(
  assignments: readonly RoomAssignment[],
  activations: readonly RoomActivation[],
): AssignmentGroup[] {
  const groups = new Map<string, AssignmentGroup>(
    activations.map((a) => [
      a.id,
      {
        key: a.id,
        heading: `${a.runbookTitle} (version ${a.versionNumber}) for ${a.organisationName}`,
        activated: `Activated ${a.activatedBy ? `by ${a.activatedBy.displayName} ` : ''}${londonTime(a.activatedAt)}`,
        progress: countWords(a.assignmentCounts),
        assignments: [],
      },
    ]),
  );
  const others: RoomAssignment[] = [];
  for (const a of assignments) {
    const group = a.source.kind === 'INCIDENT_STEP' && a.source.activationId ? groups.get(a.source.activationId) : null;
    if (group) group.assignments.push(a);
    else others.push(a);
  }
  const list = [...groups.values()];
  if (others.length)
    list.push({
      key: 'others',
      heading: 'Other assignments',
      activated: null,
      progress: progressWords(others),
      assignments: others,
    });
  return list;
}

function countWords(counts: readonly { status: string; count: number }[]): string {
  const total = counts.reduce((n, c) => n + c.count, 0);
  const finished = counts.filter((c) => FINISHED.includes(c.status)).reduce((n, c) => n + c.count, 0);
  return total === 0 ? 'none of its assignments are yours to see' : `${finished} of ${total} done`;
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
  const finished = assignments.filter((a) => FINISHED.includes(a.status)).length;
  return `${finished} of ${assignments.length} done`;
}
