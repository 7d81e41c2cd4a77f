import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transaction } from '@muster/platform-database';
import { AccountAtAddress, afterFailure, afterSuccess, refusedUntil } from './login-throttle.rules';
import { LoginThrottleStore, ThrottleKeys } from './login-throttle.store';
import { throttleAddressKey } from './throttle-address';

export function throttleKeys(email: string, clientAddress: string | null): ThrottleKeys {
  return { email, address: throttleAddressKey(clientAddress) };
}

/**
 * The sign-in throttle: the rules of login-throttle.rules.ts over its tables. The read
 * before a password is evaluated takes no lock; the writes after it lock the rows and
 * judge again, so attempts that raced past a lockout still learn nothing.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly store: LoginThrottleStore) {}

  /** Until when attempts for these keys are refused, or null. */
  async refusedUntil(manager: EntityManager, keys: ThrottleKeys, now: Date): Promise<Date | null> {
    return refusedUntil(await this.store.read(manager, keys), now);
  }

  /**
   * Counts a failed attempt, in the caller's unit of work. Returns the refusal time if the
   * keys were refused by the time the rows were locked (the attempt is then not counted),
   * and the run of failures of the account at this address.
   */
  async recordFailure(
    tx: Transaction,
    keys: ThrottleKeys,
  ): Promise<{ refusedUntil: Date | null; run: AccountAtAddress }> {
    const state = await this.store.lockForFailure(tx, keys);
    const refused = refusedUntil(state, tx.now);
    if (refused) return { refusedUntil: refused, run: state.accountAtAddress };
    const next = afterFailure(state, tx.now);
    await this.store.save(tx, keys, next);
    return { refusedUntil: null, run: next.accountAtAddress };
  }

  /**
   * Ends the run of failures at this address and remembers it as known for the account,
   * unless the keys were refused meanwhile (then: refused until).
   */
  async recordSuccess(tx: Transaction, keys: ThrottleKeys): Promise<Date | null> {
    const state = await this.store.lockForSuccess(tx, keys);
    const refused = refusedUntil(state, tx.now);
    if (!refused) await this.store.savePair(tx, keys, afterSuccess(state, tx.now).accountAtAddress);
    return refused;
  }
}
