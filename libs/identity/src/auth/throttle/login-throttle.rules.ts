/**
 * Brute-force rules for password sign-in, as pure functions over the three counters each
 * failed attempt moves (accounts are keyed by the email typed, so an unknown email is
 * throttled exactly like a real one; addresses by throttleAddressKey):
 * - the account at this client address: a run of failures locks that pair briefly,
 *   doubling, capped; a success ends the run and makes the address "known" for the account;
 * - the account, from every address: past a ceiling of failures in an hour only its known
 *   addresses may still try; past a higher one (NIST SP 800-63B: at most 100 failed
 *   attempts per account) none may;
 * - the client address, on every account: past a ceiling of failures in an hour only the
 *   accounts known at that address may still try.
 * So an attacker elsewhere cannot lock a person out of the places they sign in from, one
 * bad actor behind a trust's NAT cannot lock out the staff who sign in through it, and no
 * account sees more than 100 failed guesses in any 60 minutes. While refused, a password
 * is not evaluated at all. The README's sign-in section states this policy with its numbers.
 */
export const LOCKOUT_AFTER_FAILURES = 5;
export const FIRST_LOCKOUT_MS = 60_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;
/** A failure this long after the previous one (on the same account and address) starts a new run. */
export const FAILURE_RUN_RESET_MS = 24 * 60 * 60_000;
/** An address the account signed in from within this long is known for it. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;
export const THROTTLE_WINDOW_MS = 60 * 60_000;
/** Failures on an account in an hour, from anywhere, after which only its known addresses may try. */
export const ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES = 80;
/** Failures on an account in an hour after which no address may try. */
export const ACCOUNT_FAILURES_PER_WINDOW = 100;
/** Failures from an address in an hour, on any accounts, after which only accounts known there may try. */
export const ADDRESS_FAILURES_PER_WINDOW = 100;

/**
 * Failures in hour-long windows: this window's and the previous one's, each with the time
 * of its last failure. A window's failures count against a ceiling until an hour after its
 * last one, so no 60 minutes ever see more than a ceiling (one window alone would let
 * twice the ceiling through across its boundary).
 */
export interface FailureWindow {
  windowStartedAt: Date | null;
  windowFailures: number;
  lastFailureAt: Date | null;
  previousWindowFailures: number;
  previousLastFailureAt: Date | null;
}

/** One account at one client address: its run of failures, and when it last signed in from there. */
export interface AccountAtAddress {
  consecutiveFailures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
  lastSuccessAt: Date | null;
}

export interface ThrottleState {
  account: FailureWindow;
  address: FailureWindow;
  accountAtAddress: AccountAtAddress;
}

export const NO_WINDOW: FailureWindow = {
  windowStartedAt: null,
  windowFailures: 0,
  lastFailureAt: null,
  previousWindowFailures: 0,
  previousLastFailureAt: null,
};
export const NEVER_SEEN: AccountAtAddress = {
  consecutiveFailures: 0,
  lastFailureAt: null,
  lockedUntil: null,
  lastSuccessAt: null,
};
export const NO_FAILURES: ThrottleState = { account: NO_WINDOW, address: NO_WINDOW, accountAtAddress: NEVER_SEEN };

/** How long a run of `consecutiveFailures` locks the account at the address: 0, then 1, 2, 4, 8, 15, 15… minutes. */
export function lockoutMs(consecutiveFailures: number): number {
  if (consecutiveFailures < LOCKOUT_AFTER_FAILURES) return 0;
  const doublings = consecutiveFailures - LOCKOUT_AFTER_FAILURES;
  // Past the cap the exponent no longer matters; bounding it keeps the number finite.
  return Math.min(FIRST_LOCKOUT_MS * 2 ** Math.min(doublings, 20), MAX_LOCKOUT_MS);
}

export function isKnownAddress(pair: AccountAtAddress, now: Date): boolean {
  return pair.lastSuccessAt !== null && now.getTime() - pair.lastSuccessAt.getTime() < KNOWN_ADDRESS_MS;
}

/** Whether failures up to `last` may still lie within the hour before `now`. */
const stillCounts = (last: Date | null, now: Date) =>
  last !== null && now.getTime() - last.getTime() < THROTTLE_WINDOW_MS;

/** The failures that may lie within the last hour (at least every one that does). */
export function recentFailures(window: FailureWindow, now: Date): number {
  return (
    (stillCounts(window.lastFailureAt, now) ? window.windowFailures : 0) +
    (stillCounts(window.previousLastFailureAt, now) ? window.previousWindowFailures : 0)
  );
}

/** Until when `ceiling` recent failures refuse attempts, or null. */
export function windowRefusedUntil(window: FailureWindow, ceiling: number, now: Date): Date | null {
  if (recentFailures(window, now) < ceiling) return null;
  // The previous window's failures stop counting first; if this window's alone reach the ceiling, wait for them too.
  const last = window.windowFailures >= ceiling ? window.lastFailureAt : window.previousLastFailureAt;
  return new Date((last as Date).getTime() + THROTTLE_WINDOW_MS);
}

/** Until when attempts on this account from this address are refused without evaluating the password, or null. */
export function refusedUntil(state: ThrottleState, now: Date): Date | null {
  const known = isKnownAddress(state.accountAtAddress, now);
  const { lockedUntil } = state.accountAtAddress;
  const ends = [
    lockedUntil && lockedUntil > now ? lockedUntil : null,
    windowRefusedUntil(state.account, ACCOUNT_FAILURES_PER_WINDOW, now),
    known ? null : windowRefusedUntil(state.account, ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES, now),
    known ? null : windowRefusedUntil(state.address, ADDRESS_FAILURES_PER_WINDOW, now),
  ].filter((end): end is Date => end !== null);
  return ends.length ? new Date(Math.max(...ends.map((end) => end.getTime()))) : null;
}

export function afterFailure(state: ThrottleState, now: Date): ThrottleState {
  return {
    account: countFailure(state.account, now),
    address: countFailure(state.address, now),
    accountAtAddress: continueRun(state.accountAtAddress, now),
  };
}

/** A success ends the run at this address and makes it known; the hour's failures still count. */
export function afterSuccess(state: ThrottleState, now: Date): ThrottleState {
  return {
    ...state,
    accountAtAddress: { ...state.accountAtAddress, consecutiveFailures: 0, lockedUntil: null, lastSuccessAt: now },
  };
}

/** Counts a failure in this window, or in a new one if this one is an hour old. */
export function countFailure(window: FailureWindow, now: Date): FailureWindow {
  if (window.windowStartedAt && now.getTime() - window.windowStartedAt.getTime() < THROTTLE_WINDOW_MS) {
    return { ...window, windowFailures: window.windowFailures + 1, lastFailureAt: now };
  }
  const carried = stillCounts(window.lastFailureAt, now);
  return {
    windowStartedAt: now,
    windowFailures: 1,
    lastFailureAt: now,
    previousWindowFailures: carried ? window.windowFailures : 0,
    previousLastFailureAt: carried ? window.lastFailureAt : null,
  };
}

function continueRun(pair: AccountAtAddress, now: Date): AccountAtAddress {
  const t = now.getTime();
  const runContinues = pair.lastFailureAt !== null && t - pair.lastFailureAt.getTime() < FAILURE_RUN_RESET_MS;
  const consecutiveFailures = (runContinues ? pair.consecutiveFailures : 0) + 1;
  const lock = lockoutMs(consecutiveFailures);
  return { ...pair, consecutiveFailures, lastFailureAt: now, lockedUntil: lock ? new Date(t + lock) : null };
}
