import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { afterFailure, afterSuccess, NO_FAILURES, refusedUntil, ThrottleScope, ThrottleState } from './login-throttle.rules';

/** The counters one sign-in attempt touches: its account (the email typed) and its client address. */
export interface ThrottleKeys {
  email: string;
  address: string | null;
}

type Counters = Map<ThrottleScope, ThrottleState>;

const COLUMNS = `scope, window_started_at AS "windowStartedAt", window_failures AS "windowFailures",
  consecutive_failures AS "consecutiveFailures", last_failure_at AS "lastFailureAt", locked_until AS "lockedUntil"`;

/**
 * The login_throttle table read and written by the rules of login-throttle.rules.ts.
 * The read before evaluating a password needs no lock; the write after it locks the rows
 * and judges again, so attempts that raced past a lockout still learn nothing.
 */
@Injectable()
export class LoginThrottle {
  /** Until when attempts for these keys are refused, or null. */
  async refusedUntil(manager: EntityManager, keys: ThrottleKeys, now: Date): Promise<Date | null> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM login_throttle
        WHERE (scope = 'account' AND subject = $1) OR (scope = 'address' AND subject = $2)`,
      [keys.email, keys.address],
    );
    return latest(toCounters(rows), now);
  }

  /**
   * Counts a failed attempt, in the caller's transaction. Returns the refusal time if the
   * keys were refused by the time the rows were locked (the attempt is then not counted).
   */
  async recordFailure(manager: EntityManager, keys: ThrottleKeys, now: Date): Promise<{ refusedUntil: Date | null; account: ThrottleState }> {
    const counters = await this.lockRows(manager, keys);
    const refused = latest(counters, now);
    const account = counters.get('account') ?? NO_FAILURES;
    if (refused) return { refusedUntil: refused, account };
    const next = new Map([...counters].map(([scope, state]) => [scope, afterFailure(scope, state, now)]));
    await this.save(manager, keys, next);
    return { refusedUntil: null, account: next.get('account') ?? NO_FAILURES };
  }

  /** Ends the account's run of failures, unless it was locked meanwhile (then: refused until). */
  async recordSuccess(manager: EntityManager, keys: ThrottleKeys, now: Date): Promise<Date | null> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM login_throttle
        WHERE (scope = 'account' AND subject = $1) OR (scope = 'address' AND subject = $2)
          FOR UPDATE`,
      [keys.email, keys.address],
    );
    const counters = toCounters(rows);
    const refused = latest(counters, now);
    const account = counters.get('account');
    if (!refused && account && account.consecutiveFailures > 0) {
      await this.save(manager, keys, new Map([['account', afterSuccess(account)]]));
    }
    return refused;
  }

  /** Creates the rows on first use and, either way, locks them until commit (account first). */
  private async lockRows(manager: EntityManager, keys: ThrottleKeys): Promise<Counters> {
    const values = keys.address ? `('account', $1), ('address', $2)` : `('account', $1)`;
    const rows = await manager.query(
      `INSERT INTO login_throttle (scope, subject) VALUES ${values}
       ON CONFLICT (scope, subject) DO UPDATE SET scope = EXCLUDED.scope
       RETURNING ${COLUMNS}`,
      keys.address ? [keys.email, keys.address] : [keys.email],
    );
    return toCounters(rows);
  }

  private async save(manager: EntityManager, keys: ThrottleKeys, counters: Counters): Promise<void> {
    const params: unknown[] = [];
    const param = (value: unknown, cast = '') => `$${params.push(value)}${cast}`;
    const tuples = [...counters].map(([scope, s]) => {
      const subject = scope === 'account' ? keys.email : keys.address;
      return `(${[
        param(scope),
        param(subject),
        param(s.windowStartedAt, '::timestamptz'),
        param(s.windowFailures, '::int'),
        param(s.consecutiveFailures, '::int'),
        param(s.lastFailureAt, '::timestamptz'),
        param(s.lockedUntil, '::timestamptz'),
      ].join(', ')})`;
    });
    await manager.query(
      `UPDATE login_throttle t
          SET window_started_at = v.ws, window_failures = v.wf, consecutive_failures = v.cf,
              last_failure_at = v.lf, locked_until = v.lu
         FROM (VALUES ${tuples.join(', ')}) AS v (scope, subject, ws, wf, cf, lf, lu)
        WHERE t.scope = v.scope AND t.subject = v.subject`,
      params,
    );
  }
}

function toCounters(rows: (ThrottleState & { scope: ThrottleScope })[]): Counters {
  return new Map(rows.map(({ scope, ...state }) => [scope, state]));
}

function latest(counters: Counters, now: Date): Date | null {
  const ends = [...counters].map(([scope, state]) => refusedUntil(scope, state, now)).filter((d): d is Date => d !== null);
  return ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null;
}
