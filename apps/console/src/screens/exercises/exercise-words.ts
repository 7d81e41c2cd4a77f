import type { AssignmentStatus, ExerciseTheme, ExerciseType, TeamFunction } from '../../generated/graphql';

/** The EPRR Framework's exercise types, in the order of the framework's frequencies. */
export const EXERCISE_TYPES: { value: ExerciseType; words: string; hint: string }[] = [
  { value: 'COMMUNICATIONS', words: 'Communications exercise', hint: 'Every 6 months' },
  { value: 'TABLE_TOP', words: 'Table-top exercise', hint: 'Every 12 months' },
  { value: 'LIVE_PLAY', words: 'Live play exercise', hint: 'Every 3 years' },
  { value: 'COMMAND_POST', words: 'Command post exercise', hint: 'Every 3 years' },
];

/** NHS England's exercise programme themes (2024–2030). */
export const EXERCISE_THEMES: { value: ExerciseTheme; words: string }[] = [
  { value: 'CASUALTY_AND_MASS_CASUALTY', words: 'Casualty and mass casualty' },
  { value: 'HAZMAT_AND_CBRN', words: 'HAZMAT and CBRN' },
  { value: 'BUSINESS_CONTINUITY', words: 'Business continuity' },
  { value: 'CYBER_AND_DIGITAL', words: 'Cyber and digital' },
  { value: 'INFECTIOUS_DISEASE_AND_PANDEMICS', words: 'Infectious disease and pandemics' },
  { value: 'ADVERSE_WEATHER', words: 'Adverse weather' },
  { value: 'SECURITY_SHELTER_AND_EVACUATION', words: 'Security, shelter and evacuation' },
];

export const TEAM_FUNCTIONS: { value: TeamFunction; words: string }[] = [
  { value: 'EPRR', words: 'EPRR' },
  { value: 'INFORMATION_GOVERNANCE', words: 'Information governance' },
  { value: 'DIGITAL', words: 'Digital' },
  { value: 'CYBER_SOC', words: 'Cyber security (SOC)' },
  { value: 'COMMUNICATIONS', words: 'Communications' },
  { value: 'CLINICAL', words: 'Clinical' },
  { value: 'EXECUTIVE_ON_CALL', words: 'Executive on call' },
];

export const ACTION_STATUSES: { value: AssignmentStatus; words: string }[] = [
  { value: 'OPEN', words: 'Open' },
  { value: 'ACKNOWLEDGED', words: 'Acknowledged' },
  { value: 'IN_PROGRESS', words: 'In progress' },
  { value: 'BLOCKED', words: 'Blocked' },
  { value: 'DONE', words: 'Done' },
  { value: 'WAIVED', words: 'Waived' },
  { value: 'CANCELLED', words: 'Cancelled' },
];

const wordsOf = <T extends string>(list: { value: T; words: string }[], value: T): string =>
  list.find((e) => e.value === value)?.words ?? value;

export const typeWords = (type: ExerciseType): string => wordsOf(EXERCISE_TYPES, type);
export const themeWords = (theme: ExerciseTheme): string => wordsOf(EXERCISE_THEMES, theme);
export const functionWords = (fn: TeamFunction): string => wordsOf(TEAM_FUNCTIONS, fn);
export const actionStatusWords = (status: AssignmentStatus): string => wordsOf(ACTION_STATUSES, status);

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** A day as NHS staff read it, in UK time: "20 Nov 2026". */
export function londonDate(iso: string): string {
  return LONDON_DATE.format(new Date(iso));
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

/** "2026-11-20" at hour:minute UK time, as an ISO instant; null for something that is not a date. */
export function londonInstant(day: string, hour: number, minute = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!m) return null;
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour, minute);
  const date = new Date(naive);
  if (date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) return null;
  return new Date(naive - londonOffsetMinutes(naive) * 60_000).toISOString();
}

/** Today in UK time as YYYY-MM-DD (the default of a date field). */
export function londonToday(now: number): string {
  const p = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(now)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
