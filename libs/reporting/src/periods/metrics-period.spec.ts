import { DomainError } from '@muster/platform-core';
import { asAtOf, financialYearPeriod, londonDay, monthPeriod, periodFromLabel, resolvePeriod } from './metrics-period';

/** The code of the DomainError `work` throws (undefined when it does not throw). */
function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (e) {
    return (e as DomainError).code;
  }
  return undefined;
}

describe('metrics periods in Europe/London', () => {
  it('starts October 2026 at 23:00 UTC on 30 September (BST) and ends it at midnight UTC on 1 November (GMT)', () => {
    const october = monthPeriod('2026-10');
    expect(october.start.toISOString()).toBe('2026-09-30T23:00:00.000Z');
    expect(october.end.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(october.firstDay).toBe('2026-10-01');
    expect(october.lastDay).toBe('2026-10-31');
    // 31 days and the hour given back on 25 October.
    expect(october.end.getTime() - october.start.getTime()).toBe((31 * 24 + 1) * 3_600_000);
  });

  it('cuts March 2027 at GMT midnight and ends it at BST midnight (23:00 UTC on 31 March), an hour short', () => {
    const march = monthPeriod('2027-03');
    expect(march.start.toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(march.end.toISOString()).toBe('2027-03-31T23:00:00.000Z');
    expect(march.end.getTime() - march.start.getTime()).toBe((31 * 24 - 1) * 3_600_000);
    expect(march.lastDay).toBe('2027-03-31');
  });

  it('takes December into January across the year end, in GMT', () => {
    const december = monthPeriod('2026-12');
    expect(december.start.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(december.end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(december.trendFirstMonth).toBe('2026-01');
    expect(monthPeriod('2026-10').trendFirstMonth).toBe('2025-11');
  });

  it('reads financialYear 2026 as 2026/27: 1 April 2026 to 31 March 2027, midnight to midnight in BST', () => {
    const fy = financialYearPeriod(2026);
    expect(fy.label).toBe('2026/27');
    expect(fy.start.toISOString()).toBe('2026-03-31T23:00:00.000Z');
    expect(fy.end.toISOString()).toBe('2027-03-31T23:00:00.000Z');
    expect([fy.firstDay, fy.lastDay, fy.trendFirstMonth]).toEqual(['2026-04-01', '2027-03-31', '2026-04']);
    expect(financialYearPeriod(2099).label).toBe('2099/00');
  });

  it('names the London day of an instant either side of midnight in summer', () => {
    expect(londonDay(new Date('2026-09-30T22:59:59Z'))).toBe('2026-09-30');
    expect(londonDay(new Date('2026-09-30T23:00:00Z'))).toBe('2026-10-01');
    expect(londonDay(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
  });

  it('takes one of month and financialYear (neither: the London month of now), and refuses what names no period', () => {
    const now = new Date('2026-09-30T23:30:00Z');
    expect(resolvePeriod({ month: '2026-10' }, now).label).toBe('2026-10');
    expect(resolvePeriod({ financialYear: 2026, month: null }, now).label).toBe('2026/27');
    expect(resolvePeriod({}, now).label).toBe('2026-10');
    for (const bad of [
      { month: '2026-10', financialYear: 2026 },
      { month: '2026-13' },
      { month: '26-10' },
      { financialYear: 1999 },
    ]) {
      expect(codeOf(() => resolvePeriod(bad, now))).toBe('BAD_USER_INPUT');
    }
  });

  it('reads the CSV query string spelling: 2026-10 and 2026/27, not 2026/28', () => {
    expect(periodFromLabel('2026/27').start).toEqual(financialYearPeriod(2026).start);
    expect(periodFromLabel('2026-10').end).toEqual(monthPeriod('2026-10').end);
    expect(codeOf(() => periodFromLabel('2026/28'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => periodFromLabel(undefined))).toBe('BAD_USER_INPUT');
  });

  it('takes a running period as at now, and a past one at its end', () => {
    const october = monthPeriod('2026-10');
    const during = new Date('2026-10-15T12:00:00Z');
    expect(asAtOf(october, during)).toBe(during);
    expect(asAtOf(october, new Date('2026-11-28T09:00:00Z'))).toBe(october.end);
  });
});
