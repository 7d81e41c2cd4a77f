import { describe, expect, it } from 'vitest';
import { groupAssignments, progressWords, type RoomAssignment } from './runbook-state';

const assignment = (id: string, activationId: string | null, status = 'OPEN'): RoomAssignment =>
  ({
    id,
    title: id,
    status,
    dueAt: null,
    overdue: false,
    mandatory: true,
    organisation: { id: 'o1', name: 'Midshire Trust' },
    assignee: null,
    team: null,
    source: { kind: activationId ? 'INCIDENT_STEP' : 'MANUAL', activationId },
  }) as RoomAssignment;

describe('runbooks in the room', () => {
  it('groups the steps by activation, the others last', () => {
    const groups = groupAssignments([assignment('a', 'x'), assignment('m', null), assignment('b', 'x', 'DONE')]);
    expect(groups.map((g) => [g.heading, g.assignments.map((a) => a.id)])).toEqual([
      ['Runbook activated for Midshire Trust', ['a', 'b']],
      ['Other assignments', ['m']],
    ]);
    expect(progressWords(groups[0].assignments)).toBe('1 of 2 done');
  });
});
