/**
 * Brute-force rules for password sign-in, as pure functions over a counter row. Two
 * counters see every failed attempt: one per account (keyed by the email typed, so an
 * unknown email is throttled exactly like a real one) and one per client address.
 * - A run of failures on an account locks it briefly, doubling with each further
 *   failure, capped; a success ends the run.
 * - Each counter allows a fixed number of failures per window (NIST SP 800-63B: at most
 *   100 failed attempts per account), whatever the lockouts.
 * While refused, a password is not evaluated at all.
 */
export const LOCKOUT_AFTER_FAILURES = 5;
export const FIRST_LOCKOUT_MS = 60_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;
/** A failure this long after the previous one starts a new run. */
export const FAILURE_RUN_RESET_MS = 24 * 60 * 60_000;
export const THROTTLE_WINDOW_MS = 60 * 60_000;
export const ACCOUNT_FAILURES_PER_WINDOW = 100;
export const ADDRESS_FAILURES_PER_WINDOW = 100;

export type ThrottleScope = 'account' | 'address';

interface ScopeLimits {
  failuresPerWindow: number;
  /** Addresses are shared (a trust behind one NAT): no run lockout, only the window cap. */
  locksOnRuns: boolean;
}

const LIMITS: Record<ThrottleScope, ScopeLimits> = {
  account: { failuresPerWindow: ACCOUNT_FAILURES_PER_WINDOW, locksOnRuns: true },
  address: { failuresPerWindow: ADDRESS_FAILURES_PER_WINDOW, locksOnRuns: false },
};

export interface ThrottleState {
  windowStartedAt: Date | null;
  windowFailures: number;
  consecutiveFailures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

export const NO_FAILURES: ThrottleState = {
  windowStartedAt: null,
  windowFailures: 0,
  consecutiveFailures: 0,
  lastFailureAt: null,
  lockedUntil: null,
};

/** How long a run of `consecutiveFailures` locks the account: 0, then 1, 2, 4, 8, 15, 15… minutes. */
export function lockoutMs(consecutiveFailures: number): number {
  if (consecutiveFailures < LOCKOUT_AFTER_FAILURES) return 0;
  const doublings = consecutiveFailures - LOCKOUT_AFTER_FAILURES;
  // Past the cap the exponent no longer matters; bounding it keeps the number finite.
  return Math.min(FIRST_LOCKOUT_MS * 2 ** Math.min(doublings, 20), MAX_LOCKOUT_MS);
}

/** Until when attempts are refused without evaluating the password, or null if they are not. */
export function refusedUntil(scope: ThrottleScope, state: ThrottleState, now: Date): Date | null {
  const ends: number[] = [];
  if (state.lockedUntil && state.lockedUntil > now) ends.push(state.lockedUntil.getTime());
  if (state.windowStartedAt && state.windowFailures >= LIMITS[scope].failuresPerWindow) {
    const windowEnd = state.windowStartedAt.getTime() + THROTTLE_WINDOW_MS;
    if (windowEnd > now.getTime()) ends.push(windowEnd);
  }
  return ends.length ? new Date(Math.max(...ends)) : null;
}

export function afterFailure(scope: ThrottleScope, state: ThrottleState, now: Date): ThrottleState {
  const t = now.getTime();
  const windowOpen = state.windowStartedAt !== null && t - state.windowStartedAt.getTime() < THROTTLE_WINDOW_MS;
  const runContinues = state.lastFailureAt !== null && t - state.lastFailureAt.getTime() < FAILURE_RUN_RESET_MS;
  const consecutiveFailures = (runContinues ? state.consecutiveFailures : 0) + 1;
  const lock = LIMITS[scope].locksOnRuns ? lockoutMs(consecutiveFailures) : 0;
  return {
    windowStartedAt: windowOpen ? state.windowStartedAt : now,
    windowFailures: (windowOpen ? state.windowFailures : 0) + 1,
    consecutiveFailures,
    lastFailureAt: now,
    lockedUntil: lock ? new Date(t + lock) : null,
  };
}

/** A success ends the run of failures; the window keeps counting what already failed. */
export function afterSuccess(state: ThrottleState): ThrottleState {
  return { ...state, consecutiveFailures: 0, lockedUntil: null };
}
