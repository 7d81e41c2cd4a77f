import { IgDeadlineStatus } from '../ig-enums';
import { deadlineStatus, hoursAfter, londonTime } from './ig-clocks';

describe('IG clocks', () => {
  it('adds real hours across the change from BST to GMT', () => {
    // 00:30 BST on Sunday 25 October 2026 (the last Sunday of October) is 23:30 UTC on the 24th.
    const awareness = new Date('2026-10-24T23:30:00Z');
    expect(londonTime(awareness)).toBe('Sun 25 Oct 2026, 00:30 BST');
    const deadline = hoursAfter(awareness, 72);
    expect(deadline.toISOString()).toBe('2026-10-27T23:30:00.000Z');
    expect(deadline.getTime() - awareness.getTime()).toBe(72 * 3_600_000);
    // The clocks went back an hour: 72 real hours later reads 23:30, not 00:30, in England.
    expect(londonTime(deadline)).toBe('Tue 27 Oct 2026, 23:30 GMT');
  });

  it('adds real hours across the change from GMT to BST', () => {
    const awareness = new Date('2026-03-28T12:00:00Z');
    expect(londonTime(hoursAfter(awareness, 72))).toBe('Tue 31 Mar 2026, 13:00 BST');
  });

  it('says where the clock stands', () => {
    const deadlineAt = new Date('2026-11-30T12:00:00Z');
    const at = (iso: string, over = {}) =>
      deadlineStatus({ deadlineAt, firstNotifiedAt: null, notReportable: false, ...over }, new Date(iso));
    expect(at('2026-11-29T11:59:00Z')).toBe(IgDeadlineStatus.RUNNING);
    expect(at('2026-11-29T12:00:00Z')).toBe(IgDeadlineStatus.DUE_SOON);
    expect(at('2026-11-30T12:00:00Z')).toBe(IgDeadlineStatus.DUE_SOON);
    expect(at('2026-11-30T12:00:01Z')).toBe(IgDeadlineStatus.OVERDUE);
    expect(at('2026-12-30T00:00:00Z', { notReportable: true })).toBe(IgDeadlineStatus.NOT_REPORTABLE);
    expect(at('2026-12-30T00:00:00Z', { firstNotifiedAt: new Date('2026-11-30T11:00:00Z') })).toBe(
      IgDeadlineStatus.NOTIFIED_IN_TIME,
    );
    expect(at('2026-12-30T00:00:00Z', { firstNotifiedAt: new Date('2026-11-30T13:00:00Z') })).toBe(
      IgDeadlineStatus.NOTIFIED_LATE,
    );
  });
});
