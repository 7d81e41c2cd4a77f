import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { newRequestContext, runWithContext } from '@muster/platform-core';
import { Lifecycle } from '@muster/platform-database';
import { Scheduler } from './scheduler';

/**
 * Calls `Scheduler.tick` every SCHEDULER_INTERVAL_MS, and soon after a `wake()` (a
 * notification was committed), one tick at a time per process. Off in tests unless
 * SCHEDULER_ENABLED says otherwise: suites call `tick` themselves, with their clock.
 * On SIGTERM no new tick starts; on close the tick under way is awaited (its claimed
 * jobs and deliveries finish and are recorded) before the database pool closes.
 */
@Injectable()
export class SchedulerLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SchedulerLoop.name);
  private readonly enabled: boolean;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly scheduler: Scheduler,
    private readonly lifecycle: Lifecycle,
  ) {
    this.enabled = config.scheduler.enabled;
    this.intervalMs = config.scheduler.intervalMs;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.kick(), this.intervalMs);
    // A pending tick never keeps the process alive.
    this.timer.unref();
    this.kick();
  }

  /** Asks for a tick soon (after the current one, if one is running). Without the loop: nothing. */
  wake(): void {
    if (!this.enabled || this.stopped) return;
    setImmediate(() => this.kick());
  }

  /** Stops the timer and waits for the tick under way. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
  }

  private kick(): void {
    if (this.stopped || this.lifecycle.isShuttingDown) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // A tick of its own context: woken from a request's after-commit hook, it must not act,
    // log or count statements as that request.
    this.running = runWithContext(newRequestContext(), () => this.scheduler.tick())
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`scheduler tick failed: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }
}
