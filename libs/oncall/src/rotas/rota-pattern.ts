import { DomainError } from '@muster/platform-core';
import { isoDay, Weekday, WEEKDAYS } from '../duty';

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A layer's pattern as a person states it (all times Europe/London wall-clock). */
export interface PatternInput {
  shiftDays: number;
  /** Required when the shift is whole weeks: the weekday of each handover. */
  handoverWeekday?: Weekday | null;
  handoverTime: string;
  /** The first handover is on this date, or the next handover weekday after it. */
  startsOn: string;
}

/**
 * The anchor of a layer: the local date and time of its first handover ('YYYY-MM-DD HH:MM',
 * Europe/London wall-clock). Shift n runs from anchor + n × shiftDays days, counted on the
 * wall clock, so a 09:00 handover stays 09:00 through the BST/GMT changes.
 */
export function anchorOf(p: PatternInput): string {
  if (!LOCAL_DATE.test(p.startsOn) || Number.isNaN(Date.parse(`${p.startsOn}T00:00:00Z`)))
    throw DomainError.badInput('startsOn', 'must be a date, YYYY-MM-DD');
  if (!TIME_OF_DAY.test(p.handoverTime)) throw DomainError.badInput('handoverTime', 'must be a time, HH:MM');
  const start = new Date(`${p.startsOn}T00:00:00Z`);
  if (p.shiftDays % 7 === 0) {
    if (!p.handoverWeekday) throw DomainError.badInput('handoverWeekday', 'is required for a shift of whole weeks');
    const today = ((start.getUTCDay() + 6) % 7) + 1;
    start.setUTCDate(start.getUTCDate() + ((isoDay(p.handoverWeekday) - today + 7) % 7));
  }
  return `${start.toISOString().slice(0, 10)} ${p.handoverTime}`;
}

/** The weekday of an anchor ('YYYY-MM-DD HH:MM'). */
export function weekdayOf(anchor: string): Weekday {
  const day = new Date(`${anchor.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7];
}

/** A layer's hours: both ends or neither, and not the same time. */
export function checkWindow(from: string | null | undefined, to: string | null | undefined): void {
  if ((from == null) !== (to == null))
    throw DomainError.badInput('coversFrom', 'give both coversFrom and coversTo, or neither');
  if (from != null && !TIME_OF_DAY.test(from)) throw DomainError.badInput('coversFrom', 'must be a time, HH:MM');
  if (to != null && !TIME_OF_DAY.test(to)) throw DomainError.badInput('coversTo', 'must be a time, HH:MM');
  if (from != null && from === to)
    throw DomainError.badInput('coversTo', 'must differ from coversFrom (leave both out for all day)');
}
