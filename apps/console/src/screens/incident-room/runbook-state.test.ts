import { describe, expect, it } from 'vitest';
import { londonTime } from '../../components/time';
import { groupAssignments, progressWords, type RoomActivation, type RoomAssignment } from './runbook-state';

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

const activation = (id: string, counts: { status: string; count: number }[]): RoomActivation =>
  ({
    id,
    runbookTitle: 'Ransomware: first hours',
    versionNumber: 2,
    organisationName: 'Midshire Trust',
    activatedAt: '2026-06-01T09:30:00Z',
    activatedBy: { id: 'u1', displayName: 'Priya Shah' },
    assignmentCounts: counts,
  }) as RoomActivation;

describe('runbooks in the room', () => {
  it('groups the steps by activation, in order of activation, the others last', () => {
    const groups = groupAssignments(
      [assignment('a', 'x'), assignment('m', null), assignment('b', 'x', 'DONE')],
      [
        activation('x', [
          { status: 'OPEN', count: 2 },
          { status: 'DONE', count: 1 },
        ]),
        activation('y', []),
      ],
    );
    expect(groups.map((g) => [g.heading, g.progress, g.assignments.map((a) => a.id)])).toEqual([
      ['Ransomware: first hours (version 2) for Midshire Trust', '1 of 3 done', ['a', 'b']],
      ['Ransomware: first hours (version 2) for Midshire Trust', 'none of its assignments are yours to see', []],
      ['Other assignments', '0 of 1 done', ['m']],
    ]);
    expect(groups[0].activated).toBe(`Activated by Priya Shah ${londonTime('2026-06-01T09:30:00Z')}`);
    expect(progressWords(groups[0].assignments)).toBe('1 of 2 done');
  });
});
