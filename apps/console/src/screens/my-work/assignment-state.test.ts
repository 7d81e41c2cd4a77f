import { describe, expect, it } from 'vitest';
import type { MyAssignmentFragment } from '../../generated/graphql';
import { actionsFor, isOverdue, linksOf, mergeWork, sortWork } from './assignment-state';

const NOW = Date.parse('2026-11-29T12:00:00Z');

function work(over: Partial<MyAssignmentFragment>): MyAssignmentFragment {
  return {
    __typename: 'Assignment',
    id: 'a',
    title: 'Test the plan',
    description: '',
    status: 'OPEN',
    statusReason: null,
    priority: 'MEDIUM',
    mandatory: false,
    dueAt: null,
    overdue: false,
    createdAt: '2026-11-01T09:00:00Z',
    version: 1,
    organisation: { __typename: 'AssignmentParty', id: 'o', name: 'Trust' },
    team: null,
    assignee: null,
    evidence: [],
    ...over,
  } as MyAssignmentFragment;
}

describe('actionsFor', () => {
  it('offers only what the status allows', () => {
    expect(actionsFor('OPEN')).toEqual(['acknowledge']);
    expect(actionsFor('ACKNOWLEDGED')).toEqual(['start']);
    expect(actionsFor('IN_PROGRESS')).toEqual(['block', 'complete']);
    expect(actionsFor('BLOCKED')).toEqual(['unblock']);
    expect(actionsFor('DONE')).toEqual([]);
    expect(actionsFor('CANCELLED')).toEqual([]);
    expect(actionsFor('WAIVED')).toEqual([]);
  });
});

describe('isOverdue', () => {
  it('is overdue when the API says so or the due time has passed, unless finished', () => {
    expect(isOverdue(work({ overdue: true }), NOW)).toBe(true);
    expect(isOverdue(work({ dueAt: '2026-11-29T11:59:00Z' }), NOW)).toBe(true);
    expect(isOverdue(work({ dueAt: '2026-11-29T12:01:00Z' }), NOW)).toBe(false);
    expect(isOverdue(work({ dueAt: null }), NOW)).toBe(false);
    expect(isOverdue(work({ status: 'DONE', overdue: true, dueAt: '2026-11-01T00:00:00Z' }), NOW)).toBe(false);
  });
});

describe('sortWork', () => {
  it('puts unfinished first, overdue first among them, then soonest due, no due time last', () => {
    const list = [
      work({ id: 'done', status: 'DONE', dueAt: '2026-11-20T00:00:00Z' }),
      work({ id: 'none', dueAt: null }),
      work({ id: 'later', dueAt: '2026-12-10T00:00:00Z' }),
      work({ id: 'late', dueAt: '2026-11-28T00:00:00Z' }),
      work({ id: 'soon', dueAt: '2026-11-30T00:00:00Z' }),
    ];
    expect(sortWork(list, NOW).map((a) => a.id)).toEqual(['late', 'soon', 'later', 'none', 'done']);
  });
});

describe('mergeWork', () => {
  it('replaces a row by a newer version, adds an unknown one, ignores an older one', () => {
    const list = [work({ id: 'a', version: 2 })];
    expect(mergeWork(list, work({ id: 'a', version: 3, status: 'ACKNOWLEDGED' }))[0].status).toBe('ACKNOWLEDGED');
    expect(mergeWork(list, work({ id: 'a', version: 1, status: 'DONE' }))[0].status).toBe('OPEN');
    expect(mergeWork(list, work({ id: 'b' })).map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('linksOf', () => {
  it('takes one link a line and drops blank lines', () => {
    expect(linksOf(' https://a.nhs.uk/1 \n\n https://a.nhs.uk/2\r\n')).toEqual([
      'https://a.nhs.uk/1',
      'https://a.nhs.uk/2',
    ]);
  });
});
