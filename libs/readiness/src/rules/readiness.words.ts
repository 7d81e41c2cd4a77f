import { Role } from '@muster/platform-access';
import { Designation, designationWords, functionWords } from '@muster/identity';
import { INCIDENT_CATEGORY_INFO, IncidentCategory } from '@muster/runbooks';

/** How readiness names things for an EPRR lead: plain words, British dates. */

const ROLE_WORDS: Record<Role, string> = {
  [Role.SYSTEM_ADMIN]: 'system administrator',
  [Role.ORG_ADMIN]: 'organisation administrator',
  [Role.INCIDENT_COMMANDER]: 'incident commander',
  [Role.IG_OFFICER]: 'IG officer',
  [Role.EPRR_LEAD]: 'EPRR lead',
  [Role.RESPONDER]: 'responder',
  [Role.VIEWER]: 'viewer',
  [Role.AUDITOR]: 'auditor',
};

export const roleWords = (role: Role): string => ROLE_WORDS[role] ?? role;
export { functionWords };
/** A designation as a gap names it: "designated SIRO", "designated Caldicott Guardian". */
export const designatedWords = (d: Designation): string => `designated ${designationWords(d)}`;
export const categoryWords = (category: IncidentCategory): string =>
  INCIDENT_CATEGORY_INFO[category]?.words ?? category;

// UK dates in UK time: "1 March 2026". One formatter, and its answers cached per hour (UK
// offsets are whole hours): the system matrix words thousands of dates per request.
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const HOUR_MS = 3_600_000;
const dateCache = new Map<number, string>();

export function dateWords(date: Date): string {
  const hour = Math.floor(date.getTime() / HOUR_MS);
  let words = dateCache.get(hour);
  if (words === undefined) {
    if (dateCache.size >= 50_000) dateCache.clear();
    words = DATE.format(date);
    dateCache.set(hour, words);
  }
  return words;
}

/** "a", "a and b", "a, b and c"; beyond `max` items: "a, b, c and 2 more". */
export function listWords(items: string[], max = Number.POSITIVE_INFINITY): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : items;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const quoted = (text: string): string => `'${text}'`;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
