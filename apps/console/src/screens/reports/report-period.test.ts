import { describe, expect, it } from 'vitest';
import { financialYearOf, londonMonth, monthWords, periodLabel, previousMonth, recentMonths } from './report-period';

describe('report periods', () => {
  it('finds months in London time (an instant just after midnight BST on 1 July is July)', () => {
    expect(londonMonth(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07');
    expect(londonMonth(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12');
  });

  it('reports on the previous month and the financial year from April', () => {
    expect(previousMonth(new Date('2026-01-10T12:00:00Z'))).toBe('2025-12');
    expect(previousMonth(new Date('2026-11-29T12:00:00Z'))).toBe('2026-10');
    expect(financialYearOf(new Date('2026-03-31T12:00:00Z'))).toBe(2025);
    expect(financialYearOf(new Date('2026-04-01T12:00:00Z'))).toBe(2026);
  });

  it('labels periods as the report URLs take them, and in words', () => {
    expect(periodLabel({ kind: 'month', month: '2026-10' })).toBe('2026-10');
    expect(periodLabel({ kind: 'year', financialYear: 2026 })).toBe('2026/27');
    expect(periodLabel({ kind: 'year', financialYear: 2099 })).toBe('2099/00');
    expect(recentMonths(new Date('2026-02-10T12:00:00Z'), 3)).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(monthWords('2026-10')).toBe('October 2026');
  });
});
