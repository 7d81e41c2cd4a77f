import { DomainError } from '@muster/platform-core';

/** A calendar day as the API spells it: `YYYY-MM-DD`. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The longest series `posture(organisationId, from, to)` answers. */
export const MAX_SERIES_DAYS = 366;

const MS_PER_DAY = 86_400_000;

/** Days since the epoch of a valid `YYYY-MM-DD`, or null for one that names no real day (2026-02-30). */
export function dayNumber(day: string): number | null {
  if (!DAY_PATTERN.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return null;
  return ms / MS_PER_DAY;
}

/** BAD_USER_INPUT naming `field` when `day` is no real calendar day. */
export function assertDay(field: string, day: string): number {
  const n = dayNumber(day);
  if (n === null) throw DomainError.badInput(field, 'is not a calendar day (YYYY-MM-DD)');
  return n;
}

/** `from`..`to` inclusive, at most MAX_SERIES_DAYS long, `from` not after `to`. */
export function assertSeries(from: string, to: string): void {
  const start = assertDay('from', from);
  const end = assertDay('to', to);
  if (end < start) throw DomainError.badInput('to', 'is before from');
  if (end - start + 1 > MAX_SERIES_DAYS) throw DomainError.badInput('to', 'is more than 12 months after from');
}

/** The UTC calendar day of an instant. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
