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
