import { describe, expect, it } from 'vitest';
import { durationWords, londonTime, since, until } from './time';

describe('times in words', () => {
  it('names at most two units', () => {
    expect(durationWords(30_000)).toBe('less than a minute');
    expect(durationWords(61 * 60_000)).toBe('1 hour 1 minute');
    expect(durationWords((3 * 1440 + 4 * 60 + 5) * 60_000)).toBe('3 days 4 hours');
  });

  it('counts down to a due time and says when it is overdue', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(until('2026-11-29T14:30:00Z', now)).toEqual({ words: 'in 2 hours 30 minutes', overdue: false });
    expect(until('2026-11-29T11:40:00Z', now)).toEqual({ words: 'overdue by 20 minutes', overdue: true });
    expect(since('2026-11-29T10:00:00Z', now)).toBe('2 hours ago');
  });

  it('shows UK time, British Summer Time included', () => {
    expect(londonTime('2026-07-01T12:00:00Z')).toMatch(/13:00/);
    expect(londonTime('2026-12-01T12:00:00Z')).toMatch(/12:00/);
  });
});
