import { addMonths, isDueForReview } from './review-dates';

describe('review dates', () => {
  it('adds calendar months, keeping the time of day', () => {
    expect(addMonths(new Date('2026-03-15T10:30:00Z'), 12).toISOString()).toBe('2027-03-15T10:30:00.000Z');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-01-31T09:00:00Z'), 1).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(addMonths(new Date('2027-08-31T09:00:00Z'), 6).toISOString()).toBe('2028-02-29T09:00:00.000Z');
  });

  it('counts calendar months, clamped to the end of the month', () => {
    expect(addMonths(new Date('2026-03-31T12:00:00Z'), -1).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(addMonths(new Date('2026-11-28T09:00:00Z'), -12).toISOString()).toBe('2025-11-28T09:00:00.000Z');
  });

  it('is due once the date has come, never without a date', () => {
    const due = new Date('2026-06-01T00:00:00Z');
    expect(isDueForReview(due, new Date('2026-05-31T23:59:59Z'))).toBe(false);
    expect(isDueForReview(due, due)).toBe(true);
    expect(isDueForReview(null, due)).toBe(false);
  });
});
