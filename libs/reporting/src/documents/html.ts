import { createHash } from 'node:crypto';

/** Text for HTML: the five characters that could open markup or end an attribute, escaped. */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Multi-line user text: escaped, line breaks kept. */
export const paragraphs = (value: string | null | undefined): string =>
  escapeHtml(value ?? '')
    .split(/\r?\n/)
    .join('<br>');

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: 'short',
  year: 'numeric',
});

/** "28 Nov 2026, 09:00 GMT" (Europe/London, with the zone as printed people read it), or an en dash. */
export const londonDateTime = (at: Date | null | undefined): string => (at ? LONDON.format(at) : '–');

/** "28 Nov 2026" in Europe/London, or an en dash. */
export const londonDate = (at: Date | null | undefined): string => (at ? LONDON_DATE.format(at) : '–');

/** Minutes as people say them: "30 min", "2 h", "1 h 30 min", "3 d 2 h". */
export function duration(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m || (!d && !h) ? `${m} min` : ''];
  return parts.filter(Boolean).join(' ');
}

/** Hex SHA-256 of the text as UTF-8. */
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Words kept in capitals when an enum value is written out. */
const ACRONYMS = new Set([
  'IT',
  'IG',
  'EPR',
  'EPRR',
  'SOC',
  'ICO',
  'DSPT',
  'CAF',
  'NHS',
  'ICB',
  'ICS',
  'DDOS',
  'NIS',
  'GDPR',
]);

/** An enum value in words: "INCIDENT_COMMANDER" → "Incident commander", "IT_OUTAGE" → "IT outage". */
export function enumWords(value: string | null | undefined): string {
  if (!value) return '–';
  const words = value
    .split('_')
    .map((w, i) => (ACRONYMS.has(w) ? w : i === 0 ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase()));
  return words.join(' ');
}
