/**
 * `from` plus whole calendar months (UTC; negative months count back), clamped to the
 * month's last day: approved on 31 January with a 1-month interval → due 28/29 February,
 * never 3 March. The one month arithmetic of Muster (readiness counts back with it too).
 */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(
    Date.UTC(
      from.getUTCFullYear(),
      from.getUTCMonth() + months,
      1,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return target;
}

/** A runbook is due for review once its next review date has come. */
export function isDueForReview(nextReviewAt: Date | null, now: Date): boolean {
  return nextReviewAt !== null && nextReviewAt.getTime() <= now.getTime();
}
