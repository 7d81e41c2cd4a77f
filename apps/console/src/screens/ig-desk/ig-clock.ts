import type { IgDeadlineStatus } from '../../generated/graphql';

export type ClockTone = 'red' | 'orange' | 'yellow' | 'green' | 'grey';

export interface ClockView {
  /** The status in words, for the tag. */
  status: string;
  tone: ClockTone;
  /** "31 hours 20 minutes left", "overdue by 2 hours 5 minutes", or why it stopped. */
  countdown: string;
  running: boolean;
}

/** Hours and minutes, the way a 72-hour clock is read ("71 hours 5 minutes"), never days. */
export function hoursWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (mins) parts.push(`${mins} minute${mins === 1 ? '' : 's'}`);
  return parts.join(' ');
}

const STOPPED: Partial<Record<IgDeadlineStatus, { status: string; tone: ClockTone; countdown: string }>> = {
  NOTIFIED_IN_TIME: { status: 'Notified in time', tone: 'green', countdown: 'Stopped: notified in time' },
  NOTIFIED_LATE: { status: 'Notified late', tone: 'orange', countdown: 'Stopped: notified after the deadline' },
  NOT_REPORTABLE: { status: 'Not reportable', tone: 'grey', countdown: 'Stopped: decided not reportable' },
};

/**
 * The 72-hour clock of a thread at `now`: the API's status when it has stopped, else a
 * countdown from `now` to the deadline (awareness + 72 hours), overdue once past it. The
 * status ticks with the page (a RUNNING clock turns DUE_SOON at 24 hours left).
 */
export function clockView(thread: { deadlineAt: string; deadlineStatus: IgDeadlineStatus }, now: number): ClockView {
  const stopped = STOPPED[thread.deadlineStatus];
  if (stopped) return { ...stopped, running: false };
  const left = Date.parse(thread.deadlineAt) - now;
  if (left < 0) return { status: 'Overdue', tone: 'red', countdown: `Overdue by ${hoursWords(left)}`, running: true };
  if (left <= 24 * 3_600_000)
    return { status: 'Due soon', tone: 'orange', countdown: `${hoursWords(left)} left`, running: true };
  return { status: 'Running', tone: 'yellow', countdown: `${hoursWords(left)} left`, running: true };
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** An instant on a clock in England, the zone named: "Tue 27 Oct 2026, 23:30 GMT". */
export function londonWithZone(iso: string): string {
  return LONDON.format(new Date(iso));
}

/** The offset of Europe/London from UTC at an instant, in ms (0 in winter, 1 hour in summer). */
function londonOffset(at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - at;
}

/**
 * A time typed in a `datetime-local` field ("2026-11-29T14:30"), read as UK time, as an
 * ISO instant; null when it is not a time. In the hour clocks go back the earlier is taken.
 */
export function londonInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(wall)) return null;
  const early = wall - londonOffset(wall - 3_600_000);
  const late = wall - londonOffset(wall);
  // Whichever reads back as the wall time typed (both may in the repeated hour: the earlier).
  const at = [early, late].find((t) => t + londonOffset(t) === wall) ?? late;
  return new Date(at).toISOString();
}
