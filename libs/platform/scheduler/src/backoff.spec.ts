import { backoffMs, periodStart } from './backoff';

describe('backoffMs', () => {
  it('doubles from the base after each failure and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, 30_000, 300_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 300_000, 300_000,
    ]);
  });

  it('waits nothing before the first attempt and stays finite however many failures', () => {
    expect(backoffMs(0, 30_000, 300_000)).toBe(0);
    expect(backoffMs(10_000, 30_000, 300_000)).toBe(300_000);
  });
});

describe('periodStart', () => {
  it('gives every instant of an hour the same slot, and the next hour the next one', () => {
    const hour = 3_600_000;
    expect(periodStart(new Date('2026-11-28T09:00:00.000Z'), hour).toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(periodStart(new Date('2026-11-28T09:59:59.999Z'), hour).toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(periodStart(new Date('2026-11-28T10:00:00.000Z'), hour).toISOString()).toBe('2026-11-28T10:00:00.000Z');
  });
});
