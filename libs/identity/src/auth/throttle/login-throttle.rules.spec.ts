import {
  ACCOUNT_FAILURES_PER_WINDOW,
  ADDRESS_FAILURES_PER_WINDOW,
  afterFailure,
  afterSuccess,
  FAILURE_RUN_RESET_MS,
  lockoutMs,
  NO_FAILURES,
  refusedUntil,
  THROTTLE_WINDOW_MS,
  ThrottleScope,
  ThrottleState,
} from './login-throttle.rules';

const T0 = new Date('2026-11-28T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

/** `n` failures, `gapMs` apart, starting at `from`. */
function fail(scope: ThrottleScope, n: number, from = T0, gapMs = 1_000, state: ThrottleState = NO_FAILURES): ThrottleState {
  let s = state;
  for (let i = 0; i < n; i++) s = afterFailure(scope, s, new Date(from.getTime() + i * gapMs));
  return s;
}

describe('login throttle rules', () => {
  it('locks an account for 1 minute after 5 failures, doubling to a 15-minute cap', () => {
    expect([1, 2, 3, 4].map(lockoutMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50, 5000].map((n) => lockoutMs(n) / MINUTE)).toEqual([1, 2, 4, 8, 15, 15, 15, 15]);
  });

  it('refuses the account until the lockout ends, then lets it try again', () => {
    const state = fail('account', 5);
    const lastFailure = at(4_000);
    expect(refusedUntil('account', fail('account', 4), lastFailure)).toBeNull();
    expect(refusedUntil('account', state, lastFailure)).toEqual(new Date(lastFailure.getTime() + MINUTE));
    expect(refusedUntil('account', state, new Date(lastFailure.getTime() + MINUTE))).toBeNull();
  });

  it('locks for twice as long on the next failure after a lockout', () => {
    const afterFirstLock = new Date(at(4_000).getTime() + MINUTE);
    const state = afterFailure('account', fail('account', 5), afterFirstLock);
    expect(refusedUntil('account', state, afterFirstLock)).toEqual(new Date(afterFirstLock.getTime() + 2 * MINUTE));
  });

  it('ends the run of failures on a success', () => {
    const state = afterSuccess(fail('account', 4));
    expect(state.consecutiveFailures).toBe(0);
    expect(refusedUntil('account', afterFailure('account', state, at(10_000)), at(10_000))).toBeNull();
  });

  it('starts a new run when the previous failure is a day old', () => {
    const old = fail('account', 4);
    const state = afterFailure('account', old, at(FAILURE_RUN_RESET_MS + 10_000));
    expect(state.consecutiveFailures).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });

  it(`never locks an address on a run, but caps it at ${ADDRESS_FAILURES_PER_WINDOW} failures per hour`, () => {
    const almost = fail('address', ADDRESS_FAILURES_PER_WINDOW - 1);
    expect(refusedUntil('address', almost, at(ADDRESS_FAILURES_PER_WINDOW * 1_000))).toBeNull();
    const full = afterFailure('address', almost, at(ADDRESS_FAILURES_PER_WINDOW * 1_000));
    expect(refusedUntil('address', full, at(ADDRESS_FAILURES_PER_WINDOW * 1_000))).toEqual(at(THROTTLE_WINDOW_MS));
    expect(refusedUntil('address', full, at(THROTTLE_WINDOW_MS))).toBeNull();
  });

  it(`caps an account at ${ACCOUNT_FAILURES_PER_WINDOW} failures per window even if lockouts were shorter`, () => {
    // A success after every 4 failures keeps the run below the lockout; the window still counts.
    let state = NO_FAILURES;
    for (let i = 0; i < ACCOUNT_FAILURES_PER_WINDOW; i++) {
      state = afterFailure('account', state, at(i * 1_000));
      if (i % 4 === 3) state = afterSuccess(state);
    }
    expect(state.windowFailures).toBe(ACCOUNT_FAILURES_PER_WINDOW);
    expect(refusedUntil('account', state, at(ACCOUNT_FAILURES_PER_WINDOW * 1_000))).toEqual(at(THROTTLE_WINDOW_MS));
  });

  it('starts a new window an hour after the first failure of the previous one', () => {
    const state = afterFailure('address', fail('address', 3), at(THROTTLE_WINDOW_MS));
    expect(state).toMatchObject({ windowStartedAt: at(THROTTLE_WINDOW_MS), windowFailures: 1 });
  });
});
