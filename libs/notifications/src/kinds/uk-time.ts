// People read these in England: dates and times in UK time, as they say them.
const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** `28 Nov 2026` */
export const ukDate = (at: Date): string => DAY.format(at);

/** `28 Nov, 09:16 (UK time)` */
export const ukTime = (at: Date): string => `${TIME.format(at)} (UK time)`;
