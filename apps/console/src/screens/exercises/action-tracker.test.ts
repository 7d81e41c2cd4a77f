import { describe, expect, it } from 'vitest';
import type { AssignmentStatus, ExerciseActionFragment } from '../../generated/graphql';
import {
  countActions,
  filterActions,
  isOverdue,
  onMyWork,
  organisationsOf,
  sortActions,
  trackerHeadline,
} from './action-tracker';

const NOW = Date.parse('2026-12-11T09:00:00Z');
const ORGS = {
  icb: { id: 'icb', name: 'Northshire ICB' },
  trust: { id: 'trust', name: 'Eastbrook Hospitals' },
  council: { id: 'council', name: 'Borough Council' },
};

function action(
  title: string,
  status: AssignmentStatus,
  dueAt: string | null,
  organisation = ORGS.trust,
  overdue = false,
): ExerciseActionFragment {
  return {
    id: title,
    title,
    status,
    priority: 'MEDIUM',
    function: 'EPRR',
    dueAt,
    overdue,
    createdAt: '2026-11-20T10:00:00Z',
    assignedToMe: false,
    finding: { id: 'finding', title: 'On-call lists were out of date' },
    organisation,
    team: null,
    assignee: null,
  };
}

describe('the exercise action tracker', () => {
  it('says the whole plan in words: done of total, waived or cancelled, overdue', () => {
    const byStatus = [
      { status: 'DONE' as const, count: 17 },
      { status: 'OPEN' as const, count: 5 },
    ];
    expect(trackerHeadline({ total: 22, closed: 17, overdue: 3, byStatus })).toBe('17 of 22 actions done, 3 overdue');
    expect(
      trackerHeadline({ total: 22, closed: 19, overdue: 0, byStatus: [...byStatus, { status: 'WAIVED', count: 2 }] }),
    ).toBe('17 of 22 actions done, 2 waived or cancelled, none overdue');
    expect(trackerHeadline({ total: 1, closed: 0, overdue: 1, byStatus: [{ status: 'OPEN', count: 1 }] })).toBe(
      '0 of 1 action done, 1 overdue',
    );
    expect(trackerHeadline({ total: 0, closed: 0, overdue: 0, byStatus: [] })).toBe('No actions raised yet');
  });

  it('counts an open action past its due time as overdue, by the API or the clock, never a closed one', () => {
    expect(isOverdue(action('a', 'OPEN', '2026-12-10T17:00:00Z'), NOW)).toBe(true);
    expect(isOverdue(action('b', 'IN_PROGRESS', '2026-12-12T17:00:00Z', ORGS.trust, true), NOW)).toBe(true);
    expect(isOverdue(action('c', 'BLOCKED', '2026-12-12T17:00:00Z'), NOW)).toBe(false);
    expect(isOverdue(action('d', 'DONE', '2026-12-10T17:00:00Z', ORGS.trust, true), NOW)).toBe(false);
    expect(isOverdue(action('e', 'WAIVED', '2026-12-10T17:00:00Z'), NOW)).toBe(false);
    expect(isOverdue(action('f', 'OPEN', null), NOW)).toBe(false);
  });

  const list = [
    action('Publish one contact directory', 'OPEN', '2027-01-31T17:00:00Z', ORGS.icb),
    action('Refresh the on-call list', 'OPEN', '2026-12-10T17:00:00Z', ORGS.trust),
    action('Test the backup restore', 'DONE', '2026-12-01T17:00:00Z', ORGS.trust),
    action('Agree the comms cascade', 'BLOCKED', null, ORGS.council),
    action('Brief the IG team', 'IN_PROGRESS', '2026-12-20T17:00:00Z', ORGS.council),
  ];

  it('counts the listed actions the way the API counts the plan', () => {
    expect(countActions(list, NOW)).toMatchObject({ total: 5, closed: 1, overdue: 1 });
    expect(countActions(list, NOW).byStatus).toEqual(
      expect.arrayContaining([
        { status: 'OPEN', count: 2 },
        { status: 'DONE', count: 1 },
      ]),
    );
  });

  it('filters by organisation and status, the overdue and the not yet done', () => {
    const titles = (l: ExerciseActionFragment[]) => l.map((a) => a.title);
    expect(titles(filterActions(list, { organisationId: 'trust', status: '' }, NOW))).toEqual([
      'Refresh the on-call list',
      'Test the backup restore',
    ]);
    expect(titles(filterActions(list, { organisationId: '', status: 'OVERDUE' }, NOW))).toEqual([
      'Refresh the on-call list',
    ]);
    expect(filterActions(list, { organisationId: '', status: 'NOT_CLOSED' }, NOW)).toHaveLength(4);
    expect(titles(filterActions(list, { organisationId: 'council', status: 'BLOCKED' }, NOW))).toEqual([
      'Agree the comms cascade',
    ]);
    expect(filterActions(list, { organisationId: 'icb', status: 'DONE' }, NOW)).toEqual([]);
  });

  it('sorts overdue first and closed last, then by the chosen order', () => {
    const titles = (order: 'due' | 'organisation' | 'status') => sortActions(list, order, NOW).map((a) => a.title);
    expect(titles('due')).toEqual([
      'Refresh the on-call list',
      'Brief the IG team',
      'Publish one contact directory',
      'Agree the comms cascade',
      'Test the backup restore',
    ]);
    expect(titles('organisation')).toEqual([
      'Refresh the on-call list',
      'Brief the IG team',
      'Agree the comms cascade',
      'Publish one contact directory',
      'Test the backup restore',
    ]);
    expect(titles('status')).toEqual([
      'Refresh the on-call list',
      'Agree the comms cascade',
      'Publish one contact directory',
      'Brief the IG team',
      'Test the backup restore',
    ]);
  });

  it('lists the organisations of the actions by name, once each', () => {
    expect(organisationsOf(list).map((o) => o.name)).toEqual([
      'Borough Council',
      'Eastbrook Hospitals',
      'Northshire ICB',
    ]);
  });

  it('knows an action is on My work when it is given to the person or one of their teams', () => {
    const mine = { ...action('x', 'OPEN', null), assignee: { name: 'Ruth' }, assignedToMe: true };
    const someoneElses = { ...action('w', 'OPEN', null), assignee: { name: 'Ruth' } };
    const team = { ...action('y', 'OPEN', null), team: { id: 't1', name: 'EPRR team' } };
    expect(onMyWork(mine, [])).toBe(true);
    expect(onMyWork(someoneElses, ['t1'])).toBe(false);
    expect(onMyWork(team, ['t1'])).toBe(true);
    expect(onMyWork(team, ['t2'])).toBe(false);
    expect(onMyWork(action('z', 'OPEN', null), ['t1'])).toBe(false);
  });
});
