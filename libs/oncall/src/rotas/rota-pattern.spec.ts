import { Weekday } from '../duty';
import { anchorOf, checkWindow, weekdayOf } from './rota-pattern';

describe('rota patterns', () => {
  it('anchors a weekly layer on the first handover weekday on or after its start', () => {
    // 2026-11-05 is a Thursday: the first Monday handover is on the 9th.
    expect(
      anchorOf({ shiftDays: 7, handoverWeekday: Weekday.MONDAY, handoverTime: '09:00', startsOn: '2026-11-05' }),
    ).toBe('2026-11-09 09:00');
    expect(
      anchorOf({ shiftDays: 14, handoverWeekday: Weekday.THURSDAY, handoverTime: '17:30', startsOn: '2026-11-05' }),
    ).toBe('2026-11-05 17:30');
    expect(weekdayOf('2026-11-09 09:00')).toBe(Weekday.MONDAY);
  });

  it('anchors a daily layer on its start date, whatever the weekday', () => {
    expect(anchorOf({ shiftDays: 1, handoverTime: '08:00', startsOn: '2026-11-05' })).toBe('2026-11-05 08:00');
  });

  it('refuses what it cannot anchor, naming the field', () => {
    expect(() => anchorOf({ shiftDays: 7, handoverTime: '09:00', startsOn: '2026-11-05' })).toThrow(
      'is required for a shift of whole weeks',
    );
    expect(() => anchorOf({ shiftDays: 1, handoverTime: '25:00', startsOn: '2026-11-05' })).toThrow();
    expect(() => checkWindow('09:00', null)).toThrow();
    expect(() => checkWindow('09:00', '09:00')).toThrow();
    expect(() => checkWindow('17:00', '09:00')).not.toThrow();
    expect(() => checkWindow(null, null)).not.toThrow();
  });
});
