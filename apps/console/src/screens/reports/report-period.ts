/** A reporting period as the API takes it and as people say it. */
export type PeriodChoice = { kind: 'month'; month: string } | { kind: 'year'; financialYear: number };

/** The London month (YYYY-MM) an instant falls in. */
export function londonMonth(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' })
    .formatToParts(at)
    .reduce<Record<string, string>>((all, p) => ({ ...all, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}`;
}

/** The last whole month before `now` (London): what a board report is usually about. */
export function previousMonth(now: Date): string {
  const [year, month] = londonMonth(now).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The NHS financial year (April to March) an instant falls in, by its starting year. */
export function financialYearOf(now: Date): number {
  const [year, month] = londonMonth(now).split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

export function periodInput(choice: PeriodChoice): { month?: string; financialYear?: number } {
  return choice.kind === 'month' ? { month: choice.month } : { financialYear: choice.financialYear };
}

/** The `period` of the report URLs: 2026-10, or 2026/27 for a financial year. */
export function periodLabel(choice: PeriodChoice): string {
  if (choice.kind === 'month') return choice.month;
  return `${choice.financialYear}/${String((choice.financialYear + 1) % 100).padStart(2, '0')}`;
}

/** The last twelve London months up to the previous one, newest first, for the period picker. */
export function recentMonths(now: Date, count = 12): string[] {
  const months = [previousMonth(now)];
  while (months.length < count) {
    const [year, month] = months[months.length - 1].split('-').map(Number);
    months.push(month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`);
  }
  return months;
}

export function monthWords(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1, 15)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
