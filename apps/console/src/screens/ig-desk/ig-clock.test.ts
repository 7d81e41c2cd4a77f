import { describe, expect, it } from 'vitest';
import { clockView, hoursWords, londonInputToIso, londonWithZone } from './ig-clock';

const deadline = '2026-11-30T12:00:00Z';

describe('clockView', () => {
  it('counts down in hours while more than a day is left', () => {
    const view = clockView({ deadlineAt: deadline, deadlineStatus: 'RUNNING' }, Date.parse('2026-11-28T10:30:00Z'));
    expect(view).toEqual({ status: 'Running', tone: 'yellow', countdown: '49 hours 30 minutes left', running: true });
  });

  it('is due soon within 24 hours, whatever the status the page loaded with', () => {
    const view = clockView({ deadlineAt: deadline, deadlineStatus: 'RUNNING' }, Date.parse('2026-11-29T13:00:00Z'));
    expect(view.status).toBe('Due soon');
    expect(view.countdown).toBe('23 hours left');
  });

  it('is overdue once the deadline has passed', () => {
    const view = clockView({ deadlineAt: deadline, deadlineStatus: 'DUE_SOON' }, Date.parse('2026-11-30T14:05:00Z'));
    expect(view).toMatchObject({ status: 'Overdue', tone: 'red', countdown: 'Overdue by 2 hours 5 minutes' });
  });

  it('stops when notified or decided not reportable', () => {
    const at = Date.parse('2026-12-05T00:00:00Z');
    expect(clockView({ deadlineAt: deadline, deadlineStatus: 'NOTIFIED_IN_TIME' }, at)).toMatchObject({
      status: 'Notified in time',
      running: false,
    });
    expect(clockView({ deadlineAt: deadline, deadlineStatus: 'NOTIFIED_LATE' }, at).status).toBe('Notified late');
    expect(clockView({ deadlineAt: deadline, deadlineStatus: 'NOT_REPORTABLE' }, at).countdown).toBe(
      'Stopped: decided not reportable',
    );
  });
});

describe('hoursWords', () => {
  it('reads a 72-hour clock in hours, never days', () => {
    expect(hoursWords(72 * 3_600_000)).toBe('72 hours');
    expect(hoursWords(61 * 60_000)).toBe('1 hour 1 minute');
    expect(hoursWords(30_000)).toBe('less than a minute');
  });
});

describe('London time', () => {
  it('names GMT and BST', () => {
    expect(londonWithZone('2026-10-27T23:30:00Z')).toMatch(/27 Oct 2026.*23:30 GMT/);
    expect(londonWithZone('2026-07-01T11:00:00Z')).toMatch(/1 Jul 2026.*12:00 BST/);
  });

  it('reads a typed time as UK time, summer and winter', () => {
    expect(londonInputToIso('2026-07-01T12:00')).toBe('2026-07-01T11:00:00.000Z');
    expect(londonInputToIso('2026-11-29T14:30')).toBe('2026-11-29T14:30:00.000Z');
    // 01:30 on the last Sunday of October happens twice: the earlier (BST) is taken.
    expect(londonInputToIso('2026-10-25T01:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(londonInputToIso('not a time')).toBeNull();
  });
});
