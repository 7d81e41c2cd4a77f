/** How long to wait before attempt `attempt + 1`, after `attempt` failures: base, 2×base, 4×base … capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  if (attempt < 1) return 0;
  // Past the cap the exponent no longer matters; bounding it keeps the number finite.
  return Math.min(baseMs * 2 ** Math.min(attempt - 1, 40), maxMs);
}

/**
 * The start of the period of `intervalMs` that `now` falls in, counted from the epoch:
 * every process computes the same slot, so a periodic job enqueued by its slot's key
 * exists once however many processes tick.
 */
export function periodStart(now: Date, intervalMs: number): Date {
  return new Date(Math.floor(now.getTime() / intervalMs) * intervalMs);
}
