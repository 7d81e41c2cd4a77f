import { assertSeries, dayNumber } from './posture-day';

describe('posture days', () => {
  it('accepts real calendar days only', () => {
    expect(dayNumber('2026-02-28')).not.toBeNull();
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('2026-2-3')).toBeNull();
  });

  it('answers a series of at most 12 months, from before to', () => {
    expect(() => assertSeries('2025-11-29', '2026-11-29')).not.toThrow();
    expect(() => assertSeries('2025-11-28', '2026-11-29')).toThrow(/12 months/);
    expect(() => assertSeries('2026-11-29', '2026-11-28')).toThrow(/before from/);
  });
});
