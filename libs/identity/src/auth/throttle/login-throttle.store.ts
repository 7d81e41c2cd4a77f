import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { AccountAtAddress, FailureWindow, NEVER_SEEN, NO_WINDOW, ThrottleState } from './login-throttle.rules';

/** The counters one sign-in attempt touches: its account (the email typed), its client address, and the pair. */
export interface ThrottleKeys {
  email: string;
  address: string;
}

/** Rows older than these no longer decide anything (see LoginThrottlePurge). */
export interface StaleBefore {
  lockedUntil: Date;
  lastFailure: Date;
  lastSuccess: Date;
  windowFailure: Date;
}

const PAIR = `consecutive_failures AS "consecutiveFailures", last_failure_at AS "lastFailureAt",
  locked_until AS "lockedUntil", last_success_at AS "lastSuccessAt"`;
const WINDOW = `scope, window_started_at AS "windowStartedAt", window_failures AS "windowFailures",
  last_failure_at AS "lastFailureAt", previous_window_failures AS "previousWindowFailures",
  previous_last_failure_at AS "previousLastFailureAt"`;
const WINDOW_ROWS = `FROM login_throttle WHERE (scope = 'account' AND subject = $1) OR (scope = 'address' AND subject = $2)`;

type WindowRow = FailureWindow & { scope: 'account' | 'address' };

/**
 * The sign-in throttle's tables, in SQL: `login_account_address` (an account at an
 * address: its run of failures and its last success there) and `login_throttle` (the
 * hour's failures per account and per address). Locks are taken the pair first, then the
 * account, then the address, so no two attempts deadlock.
 */
@Injectable()
export class LoginThrottleStore {
  /** The state of these keys, without a lock: the check before a password is looked at. */
  async read(manager: EntityManager, keys: ThrottleKeys): Promise<ThrottleState> {
    const [pair] = await sqlRows<AccountAtAddress>(
      manager,
      `SELECT ${PAIR} FROM login_account_address WHERE email = $1 AND address = $2`,
      [keys.email, keys.address],
    );
    const windows = await sqlRows<WindowRow>(manager, `SELECT ${WINDOW} ${WINDOW_ROWS}`, [keys.email, keys.address]);
    return toState(pair, windows);
  }

  /** The state, every row created if missing and locked until commit: a failure is about to be counted. */
  async lockForFailure(tx: Transaction, keys: ThrottleKeys): Promise<ThrottleState> {
    const pair = await this.lockPair(tx, keys);
    const windows = await sqlRows<WindowRow>(
      tx.manager,
      `INSERT INTO login_throttle (scope, subject) VALUES ('account', $1), ('address', $2)
       ON CONFLICT (scope, subject) DO UPDATE SET scope = EXCLUDED.scope
       RETURNING ${WINDOW}`,
      [keys.email, keys.address],
    );
    return toState(pair, windows);
  }

  /** The state, the pair's row created if missing; the rows there are locked until commit: a success. */
  async lockForSuccess(tx: Transaction, keys: ThrottleKeys): Promise<ThrottleState> {
    const pair = await this.lockPair(tx, keys);
    const windows = await sqlRows<WindowRow>(tx.manager, `SELECT ${WINDOW} ${WINDOW_ROWS} ORDER BY scope FOR UPDATE`, [
      keys.email,
      keys.address,
    ]);
    return toState(pair, windows);
  }

  async savePair(tx: Transaction, keys: ThrottleKeys, pair: AccountAtAddress): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE login_account_address
          SET consecutive_failures = $3, last_failure_at = $4, locked_until = $5, last_success_at = $6
        WHERE email = $1 AND address = $2`,
      [keys.email, keys.address, pair.consecutiveFailures, pair.lastFailureAt, pair.lockedUntil, pair.lastSuccessAt],
    );
  }

  /** Writes the pair and both windows, one statement for the three rows. */
  async save(tx: Transaction, keys: ThrottleKeys, state: ThrottleState): Promise<void> {
    const { accountAtAddress: p, account, address } = state;
    const window = (w: FailureWindow) => [
      w.windowStartedAt,
      w.windowFailures,
      w.lastFailureAt,
      w.previousWindowFailures,
      w.previousLastFailureAt,
    ];
    await sqlChange(
      tx.manager,
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
      [
        keys.email,
        keys.address,
        p.consecutiveFailures,
        p.lastFailureAt,
        p.lockedUntil,
        p.lastSuccessAt,
        ...window(account),
        ...window(address),
      ],
    );
  }

  /** Deletes the rows that no longer decide anything; how many of each table. */
  async deleteStale(tx: Transaction, before: StaleBefore): Promise<{ accountAddresses: number; counters: number }> {
    const pairs = await sqlChange(
      tx.manager,
      `DELETE FROM login_account_address
        WHERE (locked_until IS NULL OR locked_until <= $1)
          AND (last_failure_at IS NULL OR last_failure_at <= $2)
          AND (last_success_at IS NULL OR last_success_at <= $3)`,
      [before.lockedUntil, before.lastFailure, before.lastSuccess],
    );
    const counters = await sqlChange(
      tx.manager,
      `DELETE FROM login_throttle
        WHERE (last_failure_at IS NULL OR last_failure_at <= $1)
          AND (previous_last_failure_at IS NULL OR previous_last_failure_at <= $1)`,
      [before.windowFailure],
    );
    return { accountAddresses: pairs.count, counters: counters.count };
  }

  /** Creates the pair's row on first use and, either way, locks it until commit. */
  private async lockPair(tx: Transaction, keys: ThrottleKeys): Promise<AccountAtAddress> {
    const [row] = await sqlRows<AccountAtAddress>(
      tx.manager,
      `INSERT INTO login_account_address (email, address) VALUES ($1, $2)
       ON CONFLICT (email, address) DO UPDATE SET email = EXCLUDED.email
       RETURNING ${PAIR}`,
      [keys.email, keys.address],
    );
    return row;
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
