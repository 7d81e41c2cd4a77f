import { DomainError } from '@muster/platform-core';

/** The time zone every period is cut in: months and financial years begin at midnight in London. */
export const PERIOD_TIME_ZONE = 'Europe/London';

/** Months of a trend: the period's last month and the eleven before it. */
export const TREND_MONTHS = 12;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const FINANCIAL_YEAR_LABEL = /^(\d{4})\/(\d{2})$/;
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/**
 * A reporting period, resolved: a calendar month (`2026-10`) or a financial year
 * (`2026/27`: 1 April 2026 to 31 March 2027), each from midnight in London to the
 * midnight that ends it, as instants (so October 2026 starts at 23:00 UTC on 30 September,
 * in British Summer Time, and ends at 00:00 UTC on 1 November, in GMT).
 */
export interface MetricsPeriod {
  kind: 'MONTH' | 'FINANCIAL_YEAR';
  /** `2026-10` or `2026/27`. */
  label: string;
  /** The first instant of the period (inclusive). */
  start: Date;
  /** The first instant after it (exclusive). */
  end: Date;
  /** First and last London calendar day of the period, `YYYY-MM-DD` (for day-keyed data: SOC posture). */
  firstDay: string;
  lastDay: string;
  /** The London month (`YYYY-MM`) the 12-month trend starts with: it ends with the period's last month. */
  trendFirstMonth: string;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PERIOD_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** London's offset from UTC at an instant, in milliseconds (0 in GMT, 3,600,000 in BST). */
export function londonOffsetMs(at: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return local - Math.floor(at / 1000) * 1000;
}

/** The instant of midnight in London at the start of a calendar day (month is 1-based; 13 rolls over). */
export function londonMidnight(year: number, month: number, day = 1): Date {
  const naive = Date.UTC(year, month - 1, day);
  const guess = naive - londonOffsetMs(naive);
  // A clock change never falls at midnight in the UK (it moves at 01:00 UTC): one correction settles it.
  return new Date(naive - londonOffsetMs(guess));
}

/** The London calendar day of an instant, `YYYY-MM-DD`. */
export function londonDay(at: Date): string {
  return new Date(at.getTime() + londonOffsetMs(at.getTime())).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month `offset` months from `year`-`month` (1-based), `YYYY-MM`. */
function monthLabel(year: number, month: number, offset: number): string {
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

function assertYear(field: string, year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw DomainError.badInput(field, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
}

function dayBefore(instant: Date): string {
  return londonDay(new Date(instant.getTime() - 1));
}

/** A calendar month, `YYYY-MM`. */
export function monthPeriod(month: string, field = 'month'): MetricsPeriod {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw DomainError.badInput(field, 'must be a calendar month, YYYY-MM');
  const year = Number(match[1]);
  const m = Number(match[2]);
  assertYear(field, year);
  const start = londonMidnight(year, m);
  const end = londonMidnight(year + Math.floor(m / 12), (m % 12) + 1);
  return {
    kind: 'MONTH',
    label: month,
    start,
    end,
    firstDay: `${month}-01`,
    lastDay: dayBefore(end),
    trendFirstMonth: monthLabel(year, m, 1 - TREND_MONTHS),
  };
}

/** The financial year starting 1 April of `year`: 2026 is 2026/27. */
export function financialYearPeriod(year: number, field = 'financialYear'): MetricsPeriod {
  assertYear(field, year);
  const start = londonMidnight(year, 4);
  const end = londonMidnight(year + 1, 4);
  return {
    kind: 'FINANCIAL_YEAR',
    label: `${year}/${pad((year + 1) % 100)}`,
    start,
    end,
    firstDay: `${year}-04-01`,
    lastDay: `${year + 1}-03-31`,
    trendFirstMonth: `${year}-04`,
  };
}

/** What the API takes: a month or a financial year, not both; neither is the current London month (at `now`). */
export function resolvePeriod(
  input: { month?: string | null; financialYear?: number | null },
  now: Date,
): MetricsPeriod {
  const hasMonth = input.month !== undefined && input.month !== null;
  const hasYear = input.financialYear !== undefined && input.financialYear !== null;
  if (hasMonth && hasYear) throw DomainError.badInput('period', 'give one of month and financialYear, not both');
  if (hasYear) return financialYearPeriod(input.financialYear as number);
  return monthPeriod(hasMonth ? (input.month as string) : londonDay(now).slice(0, 7));
}

/** A period as the CSV export spells it in its query string: `2026-10` or `2026/27`. */
export function periodFromLabel(label: string | undefined): MetricsPeriod {
  if (!label) throw DomainError.badInput('period', 'is required: a month (2026-10) or a financial year (2026/27)');
  const fy = FINANCIAL_YEAR_LABEL.exec(label);
  if (fy) {
    const year = Number(fy[1]);
    if ((year + 1) % 100 !== Number(fy[2]))
      throw DomainError.badInput('period', 'a financial year is YYYY/YY, e.g. 2026/27');
    return financialYearPeriod(year, 'period');
  }
  return monthPeriod(label, 'period');
}

/** The instant the period's figures are taken at: its end, or now while it is still running. */
export function asAtOf(period: MetricsPeriod, now: Date): Date {
  return now.getTime() < period.end.getTime() ? now : period.end;
}
