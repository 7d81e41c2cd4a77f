import {
  AccountAtAddress,
  ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES,
  ACCOUNT_FAILURES_PER_WINDOW,
  ADDRESS_FAILURES_PER_WINDOW,
  afterFailure,
  afterSuccess,
  countFailure,
  FAILURE_RUN_RESET_MS,
  KNOWN_ADDRESS_MS,
  lockoutMs,
  NEVER_SEEN,
  NO_FAILURES,
  NO_WINDOW,
  refusedUntil,
  THROTTLE_WINDOW_MS,
  ThrottleState,
} from './login-throttle.rules';

const T0 = new Date('2026-11-28T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const HOUR = THROTTLE_WINDOW_MS;

/** `n` failures, `gapMs` apart, starting at `from`. */
function fail(n: number, from = T0, gapMs = 1_000, state: ThrottleState = NO_FAILURES): ThrottleState {
  let s = state;
  for (let i = 0; i < n; i++) s = afterFailure(s, new Date(from.getTime() + i * gapMs));
  return s;
}

/** The same account and address counters, seen from a pair (account × address) that has no history. */
const elsewhere = (state: ThrottleState): ThrottleState => ({ ...state, accountAtAddress: NEVER_SEEN });
const knownAt = (state: ThrottleState, when = T0): ThrottleState => ({
  ...state,
  accountAtAddress: { ...state.accountAtAddress, lastSuccessAt: when },
});
/** A window that already holds `n` failures, all at T0. */
const windowWith = (n: number) => ({ ...NO_WINDOW, windowStartedAt: T0, windowFailures: n, lastFailureAt: T0 });
const accountWith = (n: number): ThrottleState => ({ ...NO_FAILURES, account: windowWith(n) });
const addressWith = (n: number): ThrottleState => ({ ...NO_FAILURES, address: windowWith(n) });

describe('login throttle rules', () => {
  describe('an account at one address', () => {
    it('locks for 1 minute after 5 failures, doubling to a 15-minute cap', () => {
      expect([1, 2, 3, 4].map(lockoutMs)).toEqual([0, 0, 0, 0]);
      expect([5, 6, 7, 8, 9, 10, 50, 5000].map((n) => lockoutMs(n) / MINUTE)).toEqual([1, 2, 4, 8, 15, 15, 15, 15]);
    });

    it('is refused until the lockout ends, then may try again; the same account elsewhere is not', () => {
      const lastFailure = at(4_000);
      expect(refusedUntil(fail(4), lastFailure)).toBeNull();
      expect(refusedUntil(fail(5), lastFailure)).toEqual(new Date(lastFailure.getTime() + MINUTE));
      expect(refusedUntil(fail(5), new Date(lastFailure.getTime() + MINUTE))).toBeNull();
      expect(refusedUntil(elsewhere(fail(5)), lastFailure)).toBeNull();
    });

    it('locks for twice as long on the next failure after a lockout', () => {
      const afterFirstLock = new Date(at(4_000).getTime() + MINUTE);
      const state = afterFailure(fail(5), afterFirstLock);
      expect(refusedUntil(state, afterFirstLock)).toEqual(new Date(afterFirstLock.getTime() + 2 * MINUTE));
    });

    it('ends the run on a success, and remembers the address as known for 30 days', () => {
      const state = afterSuccess(fail(4), at(5_000));
      expect(state.accountAtAddress).toMatchObject({
        consecutiveFailures: 0,
        lockedUntil: null,
        lastSuccessAt: at(5_000),
      });
      expect(refusedUntil(afterFailure(state, at(10_000)), at(10_000))).toBeNull();
      expect(state.account.windowFailures).toBe(4);
    });

    it('starts a new run when the previous failure is a day old', () => {
      const state = afterFailure(fail(4), at(FAILURE_RUN_RESET_MS + 10_000));
      expect(state.accountAtAddress).toMatchObject({ consecutiveFailures: 1, lockedUntil: null });
    });

    it('can add at most 11 failures in its first hour, and 4 an hour after that', () => {
      // Trying every second whenever not refused, from one address, for three hours.
      let state = NO_FAILURES;
      const failures: number[] = [];
      for (let t = 0; t < 3 * HOUR; t += 1_000) {
        if (refusedUntil(state, at(t))) continue;
        state = afterFailure(state, at(t));
        failures.push(t);
      }
      expect(failures.filter((t) => t < HOUR)).toHaveLength(11);
      expect(failures.filter((t) => t >= 2 * HOUR)).toHaveLength(4);
    });
  });

  describe('an account, from every address', () => {
    it(`refuses unknown addresses after ${ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES} failures in an hour, but not known ones`, () => {
      const almost = accountWith(ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES - 1);
      expect(refusedUntil(almost, T0)).toBeNull();
      const full = afterFailure(almost, T0);
      expect(refusedUntil(elsewhere(full), T0)).toEqual(at(HOUR));
      expect(refusedUntil(knownAt(full), T0)).toBeNull();
      expect(refusedUntil(elsewhere(full), at(HOUR))).toBeNull();
    });

    it(`refuses every address, known or not, after ${ACCOUNT_FAILURES_PER_WINDOW} failures in an hour`, () => {
      const full = accountWith(ACCOUNT_FAILURES_PER_WINDOW);
      expect(refusedUntil(knownAt(full), T0)).toEqual(at(HOUR));
      expect(refusedUntil(knownAt(accountWith(ACCOUNT_FAILURES_PER_WINDOW - 1)), T0)).toBeNull();
    });

    it('forgets a known address 30 days after its last success there', () => {
      const full = accountWith(ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES);
      expect(refusedUntil(knownAt(full, at(-KNOWN_ADDRESS_MS + 1)), T0)).toBeNull();
      expect(refusedUntil(knownAt(full, at(-KNOWN_ADDRESS_MS)), T0)).toEqual(at(HOUR));
    });
  });

  describe('a client address, on every account', () => {
    it(`refuses accounts not known there after ${ADDRESS_FAILURES_PER_WINDOW} failures in an hour, but not known ones`, () => {
      const almost = addressWith(ADDRESS_FAILURES_PER_WINDOW - 1);
      expect(refusedUntil(almost, T0)).toBeNull();
      const full = elsewhere(afterFailure(almost, T0));
      expect(refusedUntil(full, T0)).toEqual(at(HOUR));
      expect(refusedUntil(knownAt(full), T0)).toBeNull();
    });

    it('never locks on a run of failures over many accounts', () => {
      let state = NO_FAILURES;
      for (let i = 0; i < 20; i++) state = elsewhere(afterFailure(state, at(i * 1_000)));
      expect(refusedUntil(state, at(20_000))).toBeNull();
    });
  });

  describe('hour-long windows', () => {
    it('start at the first failure an hour after the last window began, carrying its failures', () => {
      const state = countFailure(countFailure(countFailure(NO_WINDOW, T0), at(30 * MINUTE)), at(HOUR + 5 * MINUTE));
      expect(state).toEqual({
        windowStartedAt: at(HOUR + 5 * MINUTE),
        windowFailures: 1,
        lastFailureAt: at(HOUR + 5 * MINUTE),
        previousWindowFailures: 2,
        previousLastFailureAt: at(30 * MINUTE),
      });
    });

    it('count failures until an hour after the last of them, and then forget them', () => {
      const state = countFailure(countFailure(NO_WINDOW, T0), at(30 * MINUTE));
      const later = countFailure(state, at(90 * MINUTE));
      expect(later).toMatchObject({ windowFailures: 1, previousWindowFailures: 0, previousLastFailureAt: null });
    });

    it('refuse until the failures that reach the ceiling are an hour old', () => {
      // One failure a minute from one address, each on a new account: 60 in the first window, 40 in the next.
      let state = NO_FAILURES;
      for (let i = 0; i < ADDRESS_FAILURES_PER_WINDOW; i++) {
        state = { ...elsewhere(afterFailure(state, at(i * MINUTE))), account: NO_WINDOW };
      }
      expect(state.address).toMatchObject({
        windowFailures: 40,
        previousWindowFailures: 60,
        previousLastFailureAt: at(59 * MINUTE),
      });
      // The first window's failures stop counting an hour after its last one.
      expect(refusedUntil(state, at(99 * MINUTE))).toEqual(at(119 * MINUTE));
      expect(refusedUntil(state, at(119 * MINUTE))).toBeNull();
    });

    /** The most of `times` that fall in any 60 minutes. */
    const mostInAnHour = (times: number[]) =>
      Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + HOUR).length));

    /** Tries from a fresh address, and from `known` known addresses, every 10 seconds for six hours whenever not refused. */
    function attack(known: number): { unknown: number[]; all: number[] } {
      let account = NO_WINDOW;
      const pairs: AccountAtAddress[] = Array.from({ length: known }, () => ({
        ...NEVER_SEEN,
        lastSuccessAt: at(-MINUTE),
      }));
      const unknown: number[] = [];
      const all: number[] = [];
      for (let t = 0; t < 6 * HOUR; t += 10_000) {
        for (const pair of [null, ...pairs.keys()]) {
          const state: ThrottleState = {
            account,
            address: NO_WINDOW,
            accountAtAddress: pair === null ? NEVER_SEEN : pairs[pair],
          };
          if (refusedUntil(state, at(t))) continue;
          const next = afterFailure(state, at(t));
          account = next.account;
          if (pair === null) unknown.push(t);
          else pairs[pair] = next.accountAtAddress;
          all.push(t);
        }
      }
      return { unknown, all };
    }

    it(`let no 60 minutes see more than ${ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES} failures from unknown addresses`, () => {
      expect(mostInAnHour(attack(0).all)).toBe(ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES);
    });

    it(`let no 60 minutes see more than ${ACCOUNT_FAILURES_PER_WINDOW} failures, however many known addresses try too`, () => {
      const { unknown, all } = attack(6);
      expect(mostInAnHour(unknown)).toBeLessThanOrEqual(ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES);
      expect(mostInAnHour(all)).toBe(ACCOUNT_FAILURES_PER_WINDOW);
    });
  });
});
