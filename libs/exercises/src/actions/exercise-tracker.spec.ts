import { AssignmentStatus } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';
import { ActionGroupRow, trackerOf } from './exercise-tracker';

const group = (over: Partial<ActionGroupRow>): ActionGroupRow => ({
  exerciseId: 'x',
  status: AssignmentStatus.OPEN,
  function: TeamFunction.EPRR,
  organisationId: 'a',
  organisationName: 'Acute',
  total: 1,
  overdue: 0,
  oldestOpenSince: null,
  ...over,
});

describe('the exercise action tracker', () => {
  it('counts closed (done, waived, cancelled) and overdue, by status, function and organisation', () => {
    const t = trackerOf([
      group({ status: AssignmentStatus.DONE, total: 3 }),
      group({
        status: AssignmentStatus.WAIVED,
        function: TeamFunction.DIGITAL,
        organisationId: 'b',
        organisationName: 'Borough',
      }),
      group({ status: AssignmentStatus.OPEN, total: 2, overdue: 2, oldestOpenSince: new Date('2026-09-01') }),
      group({
        status: AssignmentStatus.BLOCKED,
        function: TeamFunction.DIGITAL,
        oldestOpenSince: new Date('2026-08-01'),
      }),
    ]);
    expect(t).toMatchObject({ total: 7, closed: 4, overdue: 2, closedPercent: 57.1, overduePercent: 28.6 });
    expect(t.oldestOpenSince).toEqual(new Date('2026-08-01'));
    expect(t.byStatus).toEqual([
      { status: AssignmentStatus.OPEN, count: 2 },
      { status: AssignmentStatus.BLOCKED, count: 1 },
      { status: AssignmentStatus.DONE, count: 3 },
      { status: AssignmentStatus.WAIVED, count: 1 },
    ]);
    expect(t.byFunction).toEqual([
      { function: TeamFunction.EPRR, total: 5, closed: 3, overdue: 2 },
      { function: TeamFunction.DIGITAL, total: 2, closed: 1, overdue: 0 },
    ]);
    expect(t.byOrganisation.map((o) => [o.organisationName, o.total])).toEqual([
      ['Acute', 6],
      ['Borough', 1],
    ]);
  });

  it('has no percentages without actions', () => {
    expect(trackerOf([])).toMatchObject({ total: 0, closedPercent: null, overduePercent: null, oldestOpenSince: null });
  });
});
