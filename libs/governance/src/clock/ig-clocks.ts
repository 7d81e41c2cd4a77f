import { IgDeadlineStatus } from '../ig-enums';

const HOUR_MS = 3_600_000;

/** UK GDPR Art. 33 and NIS reg. 11: 72 hours from awareness. Law, not configuration. */
export const NOTIFY_WITHIN_HOURS = 72;

/** When the 72-hour clock warns before it runs out: 48 h and 66 h after awareness, then at the deadline. */
export const WARNING_MILESTONES = [48, 66, 72] as const;
export type WarningMilestone = (typeof WARNING_MILESTONES)[number];

/** Threads whose deadline is this close are listed by igDeadlines (and DUE_SOON). */
export const DUE_SOON_HOURS = 24;

/**
 * `from` + `hours` as an instant: real elapsed hours, whatever the clocks in England do in
 * between (an awareness at 00:30 BST on the last Sunday of October is due 72 hours later,
 * at 23:30 GMT on the Tuesday). Date arithmetic on milliseconds since the epoch, never on
 * local fields.
 */
export function hoursAfter(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * HOUR_MS);
}

export interface ClockFacts {
  deadlineAt: Date;
  /** The first notification to the ICO or through the DSPT, if any. */
  firstNotifiedAt: Date | null;
  /** The current ICO (or DSPT) decision is NOT_REPORTABLE. */
  notReportable: boolean;
}

/** Where the 72-hour clock stands at `now`. */
export function deadlineStatus(facts: ClockFacts, now: Date): IgDeadlineStatus {
  if (facts.firstNotifiedAt) {
    return facts.firstNotifiedAt.getTime() <= facts.deadlineAt.getTime()
      ? IgDeadlineStatus.NOTIFIED_IN_TIME
      : IgDeadlineStatus.NOTIFIED_LATE;
  }
  if (facts.notReportable) return IgDeadlineStatus.NOT_REPORTABLE;
  const left = facts.deadlineAt.getTime() - now.getTime();
  if (left < 0) return IgDeadlineStatus.OVERDUE;
  return left <= DUE_SOON_HOURS * HOUR_MS ? IgDeadlineStatus.DUE_SOON : IgDeadlineStatus.RUNNING;
}

/** Whether the clock still runs (nothing notified, nothing decided not reportable). */
export function clockRunning(facts: Omit<ClockFacts, 'deadlineAt'>): boolean {
  return !facts.firstNotifiedAt && !facts.notReportable;
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

/** `Tue 27 Oct 2026, 23:30 GMT`: the instant as read on a clock in England (BST or GMT named). */
export function londonTime(at: Date): string {
  const parts = Object.fromEntries(LONDON.formatToParts(at).map((p) => [p.type, p.value]));
  const zone = parts.timeZoneName === 'GMT+1' ? 'BST' : parts.timeZoneName;
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${zone}`;
}
