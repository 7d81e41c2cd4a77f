import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AccountAtAddress,
  afterFailure,
  afterSuccess,
  FailureWindow,
  NEVER_SEEN,
  NO_WINDOW,
  refusedUntil,
  ThrottleState,
} from './login-throttle.rules';
import { throttleAddressKey } from './throttle-address';

/** The counters one sign-in attempt touches: its account (the email typed), its client address, and the pair. */
export interface ThrottleKeys {
  email: string;
  address: string;
}

export function throttleKeys(email: string, clientAddress: string | null): ThrottleKeys {
  return { email, address: throttleAddressKey(clientAddress) };
}

const PAIR = `consecutive_failures AS "consecutiveFailures", last_failure_at AS "lastFailureAt",
  locked_until AS "lockedUntil", last_success_at AS "lastSuccessAt"`;
const WINDOW = `scope, window_started_at AS "windowStartedAt", window_failures AS "windowFailures",
  last_failure_at AS "lastFailureAt", previous_window_failures AS "previousWindowFailures",
  previous_last_failure_at AS "previousLastFailureAt"`;
const WINDOW_ROWS = `FROM login_throttle WHERE (scope = 'account' AND subject = $1) OR (scope = 'address' AND subject = $2)`;

type WindowRow = FailureWindow & { scope: 'account' | 'address' };

/**
 * The sign-in throttle's tables, read and written by the rules of login-throttle.rules.ts:
 * `login_account_address` (an account at an address: its run of failures and its last
 * success there) and `login_throttle` (the hour's failures per account and per address).
 * The read before a password is evaluated takes no lock; the writes after it lock the
 * rows (the pair first, then the account, then the address, so no two attempts deadlock)
 * and judge again, so attempts that raced past a lockout still learn nothing.
 */
@Injectable()
export class LoginThrottle {
  /** Until when attempts for these keys are refused, or null. */
  async refusedUntil(manager: EntityManager, keys: ThrottleKeys, now: Date): Promise<Date | null> {
    const [pair] = await manager.query(`SELECT ${PAIR} FROM login_account_address WHERE email = $1 AND address = $2`, [
      keys.email,
      keys.address,
    ]);
    const windows = await manager.query(`SELECT ${WINDOW} ${WINDOW_ROWS}`, [keys.email, keys.address]);
    return refusedUntil(toState(pair, windows), now);
  }

  /**
   * Counts a failed attempt, in the caller's transaction. Returns the refusal time if the
   * keys were refused by the time the rows were locked (the attempt is then not counted),
   * and the run of failures of the account at this address.
   */
  async recordFailure(
    manager: EntityManager,
    keys: ThrottleKeys,
    now: Date,
  ): Promise<{ refusedUntil: Date | null; run: AccountAtAddress }> {
    const pair = await this.lockPair(manager, keys);
    const windows = await manager.query(
      `INSERT INTO login_throttle (scope, subject) VALUES ('account', $1), ('address', $2)
       ON CONFLICT (scope, subject) DO UPDATE SET scope = EXCLUDED.scope
       RETURNING ${WINDOW}`,
      [keys.email, keys.address],
    );
    const state = toState(pair, windows);
    const refused = refusedUntil(state, now);
    if (refused) return { refusedUntil: refused, run: state.accountAtAddress };
    const next = afterFailure(state, now);
    await this.save(manager, keys, next);
    return { refusedUntil: null, run: next.accountAtAddress };
  }

  /**
   * Ends the run of failures at this address and remembers it as known for the account,
   * unless the keys were refused meanwhile (then: refused until).
   */
  async recordSuccess(manager: EntityManager, keys: ThrottleKeys, now: Date): Promise<Date | null> {
    const pair = await this.lockPair(manager, keys);
    const windows = await manager.query(`SELECT ${WINDOW} ${WINDOW_ROWS} ORDER BY scope FOR UPDATE`, [keys.email, keys.address]);
    const state = toState(pair, windows);
    const refused = refusedUntil(state, now);
    if (!refused) await this.savePair(manager, keys, afterSuccess(state, now).accountAtAddress);
    return refused;
  }

  /** Creates the pair's row on first use and, either way, locks it until commit. */
  private async lockPair(manager: EntityManager, keys: ThrottleKeys): Promise<AccountAtAddress> {
    const [row] = await manager.query(
      `INSERT INTO login_account_address (email, address) VALUES ($1, $2)
       ON CONFLICT (email, address) DO UPDATE SET email = EXCLUDED.email
       RETURNING ${PAIR}`,
      [keys.email, keys.address],
    );
    return row;
  }

  private async savePair(manager: EntityManager, keys: ThrottleKeys, pair: AccountAtAddress): Promise<void> {
    await manager.query(
      `UPDATE login_account_address
          SET consecutive_failures = $3, last_failure_at = $4, locked_until = $5, last_success_at = $6
        WHERE email = $1 AND address = $2`,
      [keys.email, keys.address, pair.consecutiveFailures, pair.lastFailureAt, pair.lockedUntil, pair.lastSuccessAt],
    );
  }

  /** Writes the pair and both windows, one statement for the three rows. */
  private async save(manager: EntityManager, keys: ThrottleKeys, state: ThrottleState): Promise<void> {
    const { accountAtAddress: p, account, address } = state;
    const window = (w: FailureWindow) => [w.windowStartedAt, w.windowFailures, w.lastFailureAt, w.previousWindowFailures, w.previousLastFailureAt];
    await manager.query(
      `WITH pair AS (
         UPDATE login_account_address
            SET consecutive_failures = $3, last_failure_at = $4, locked_until = $5, last_success_at = $6
          WHERE email = $1 AND address = $2)
       UPDATE login_throttle t
          SET window_started_at = v.ws, window_failures = v.wf, last_failure_at = v.lf,
              previous_window_failures = v.pwf, previous_last_failure_at = v.plf
         FROM (VALUES ('account', $1, $7::timestamptz, $8::int, $9::timestamptz, $10::int, $11::timestamptz),
                      ('address', $2, $12::timestamptz, $13::int, $14::timestamptz, $15::int, $16::timestamptz))
              AS v (scope, subject, ws, wf, lf, pwf, plf)
        WHERE t.scope = v.scope AND t.subject = v.subject`,
      [keys.email, keys.address, p.consecutiveFailures, p.lastFailureAt, p.lockedUntil, p.lastSuccessAt, ...window(account), ...window(address)],
    );
  }
}

function toState(pair: AccountAtAddress | undefined, windows: WindowRow[]): ThrottleState {
  const of = (scope: WindowRow['scope']) => {
    const row = windows.find((w) => w.scope === scope);
    if (!row) return NO_WINDOW;
    const { scope: _scope, ...window } = row;
    return window;
  };
  return { account: of('account'), address: of('address'), accountAtAddress: pair ?? NEVER_SEEN };
}
