import { registerEnumType } from '@nestjs/graphql';
import { Designation } from '@muster/identity';

/**
 * The duties an organisation keeps on call (NHS England EPRR command tiers, DOMAIN.md:
 * strategic (gold), tactical (silver), operational (bronze); and the IG, Cyber/SOC and
 * EPRR on-call of an ICS).
 */
export enum OnCallDuty {
  STRATEGIC = 'STRATEGIC',
  TACTICAL = 'TACTICAL',
  OPERATIONAL = 'OPERATIONAL',
  IG = 'IG',
  CYBER_SOC = 'CYBER_SOC',
  EPRR = 'EPRR',
}

registerEnumType(OnCallDuty, {
  name: 'OnCallDuty',
  description:
    'An on-call duty: STRATEGIC (gold), TACTICAL (silver), OPERATIONAL (bronze) command; IG, Cyber/SOC and EPRR on-call.',
});

const WORDS: Record<OnCallDuty, string> = {
  [OnCallDuty.STRATEGIC]: 'strategic (gold)',
  [OnCallDuty.TACTICAL]: 'tactical (silver)',
  [OnCallDuty.OPERATIONAL]: 'operational (bronze)',
  [OnCallDuty.IG]: 'IG',
  [OnCallDuty.CYBER_SOC]: 'Cyber/SOC',
  [OnCallDuty.EPRR]: 'EPRR',
};

/** "tactical (silver)": followed by "on-call" in sentences. */
export const dutyWords = (duty: OnCallDuty): string => WORDS[duty];

/**
 * The command designations that are on-call duties: a runbook step naming one needs the
 * duty's rota covered (readiness). Other designations (AEO, SIRO…) name one person, not a rota.
 */
export const DESIGNATION_DUTIES: Partial<Record<Designation, OnCallDuty>> = {
  [Designation.STRATEGIC_ON_CALL]: OnCallDuty.STRATEGIC,
  [Designation.TACTICAL_ON_CALL]: OnCallDuty.TACTICAL,
  [Designation.OPERATIONAL_ON_CALL]: OnCallDuty.OPERATIONAL,
};

/** Europe/London: rota handovers are wall-clock times there, whatever the season. */
export const ROTA_TIME_ZONE = 'Europe/London';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

registerEnumType(Weekday, { name: 'Weekday', description: 'A day of the week, Monday first (ISO 8601).' });

export const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);

/** ISO day number, Monday 1 … Sunday 7. */
export const isoDay = (day: Weekday): number => WEEKDAYS.indexOf(day) + 1;

export const daysMask = (days: readonly Weekday[]): number => days.reduce((m, d) => m | (1 << (isoDay(d) - 1)), 0);

export const daysOfMask = (mask: number): Weekday[] => WEEKDAYS.filter((_, i) => (mask & (1 << i)) !== 0);
