/** Times as NHS staff read them: UK time (Europe/London), and "2 hours 5 minutes ago". */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function londonTime(iso: string): string {
  return LONDON.format(new Date(iso));
}

/** A duration in words, at most two units: "3 days 4 hours", "25 minutes", "less than a minute". */
export function durationWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: [number, string][] = [
    [days, 'day'],
    [hours, 'hour'],
    [mins, 'minute'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .slice(0, 2)
    .map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`)
    .join(' ');
}

export function since(iso: string, now: number): string {
  return `${durationWords(now - Date.parse(iso))} ago`;
}

/** "in 3 hours" or "overdue by 20 minutes". */
export function until(iso: string, now: number): { words: string; overdue: boolean } {
  const ms = Date.parse(iso) - now;
  return ms >= 0
    ? { words: `in ${durationWords(ms)}`, overdue: false }
    : { words: `overdue by ${durationWords(ms)}`, overdue: true };
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes UK time is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: number): number {
  const p = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/**
 * A UK date and time as people type them ("2026-11-29" and "19:30", from date and time
 * fields) as an ISO instant; null when either is not real.
 */
export function londonDateTime(day: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  if (!d || !t) return null;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const date = new Date(naive);
  if (date.getUTCDate() !== Number(d[3]) || date.getUTCMonth() !== Number(d[2]) - 1) return null;
  return new Date(naive - londonOffsetMinutes(naive) * 60_000).toISOString();
}
