import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { SYSTEM_ACTOR } from '@muster/platform-core';
import { AdvisoryLock, UnitOfWork } from '@muster/platform-database';
import { AuthAudit } from '../auth.audit';
import { FAILURE_RUN_RESET_MS, KNOWN_ADDRESS_MS, THROTTLE_WINDOW_MS } from './login-throttle.rules';
import { LoginThrottleStore } from './login-throttle.store';

export interface PurgedRows {
  accountAddresses: number;
  counters: number;
}

/**
 * Deletes the sign-in throttle rows that no longer change any decision — no lockout in
 * force, no run of failures that could still continue, no address still known, no
 * failure still within the hour — so a deleted row answers exactly like a missing one.
 * Runs every LOGIN_THROTTLE_PURGE_INTERVAL_SECONDS on an unref'd timer (a job queue comes
 * later); with several processes, a transaction-scoped advisory lock lets one purge at a
 * time and the others skip their turn.
 */
@Injectable()
export class LoginThrottlePurge implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottlePurge.name);
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly store: LoginThrottleStore,
  ) {
    this.intervalMs = config.auth.loginThrottlePurgeIntervalSeconds * 1000;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs === 0) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    // A pending purge never keeps the process alive.
    this.timer.unref();
  }

  /** Stops the timer and waits for a purge under way, before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Deletes the stale rows, audited as the system; nothing (and no event) if none are stale or another process is purging. */
  async purge(): Promise<PurgedRows> {
    const purged = await this.uow.run(
      async (tx) => {
        if (!(await AdvisoryLock.try(tx, 'muster.login-throttle-purge'))) return tx.nothingToRecord();
        const at = (ago: number) => new Date(tx.now.getTime() - ago);
        const { accountAddresses, counters } = await this.store.deleteStale(tx, {
          lockedUntil: tx.now,
          lastFailure: at(FAILURE_RUN_RESET_MS),
          lastSuccess: at(KNOWN_ADDRESS_MS),
          windowFailure: at(THROTTLE_WINDOW_MS),
        });
        if (accountAddresses + counters === 0) return tx.nothingToRecord();
        tx.record({
          action: AuthAudit.loginThrottlePurged,
          organisationId: null,
          entityType: 'login_throttle',
          entityId: null,
          summary: `Deleted ${accountAddresses + counters} stale sign-in throttle rows`,
          changes: { accountAddressRows: accountAddresses, counterRows: counters },
        });
        return { accountAddresses, counters };
      },
      { actor: SYSTEM_ACTOR },
    );
    return purged ?? { accountAddresses: 0, counters: 0 };
  }

  private tick(): void {
    // A purge still under way (a slow database) is not joined by another.
    if (this.running) return;
    this.running = this.purge()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`sign-in throttle purge failed: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
      });
  }
}
