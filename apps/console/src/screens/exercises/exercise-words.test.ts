import { describe, expect, it } from 'vitest';
import { londonDate, londonInstant, londonToday, themeWords, typeWords } from './exercise-words';

describe('exercise words and UK days', () => {
  it('names types and themes as the EPRR Framework does', () => {
    expect(typeWords('TABLE_TOP')).toBe('Table-top exercise');
    expect(themeWords('CYBER_AND_DIGITAL')).toBe('Cyber and digital');
  });

  it('reads a day in UK time, with its year', () => {
    expect(londonDate('2026-11-20T09:30:00Z')).toBe('20 Nov 2026');
    // 23:30 UTC in summer is the next day in London.
    expect(londonDate('2026-07-01T23:30:00Z')).toBe('2 Jul 2026');
  });

  it('turns a day and a UK time into an instant, summer and winter', () => {
    expect(londonInstant('2026-12-10', 17)).toBe('2026-12-10T17:00:00.000Z');
    expect(londonInstant('2026-07-10', 17)).toBe('2026-07-10T16:00:00.000Z');
    expect(londonInstant('2026-07-10', 0)).toBe('2026-07-09T23:00:00.000Z');
    expect(londonInstant('2026-02-30', 17)).toBeNull();
    expect(londonInstant('10/12/2026', 17)).toBeNull();
  });

  it('knows today in UK time', () => {
    expect(londonToday(Date.parse('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(londonToday(Date.parse('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });
});
