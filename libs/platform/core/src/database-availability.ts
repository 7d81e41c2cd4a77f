import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { databaseUnavailableReason } from './database-unavailable';
import { DomainError } from './domain-error';
import { LOGGER } from './logger';
import { currentContext } from './request-context';

/** What a SERVICE_UNAVAILABLE answer tells a client to wait before retrying (a restart takes seconds). */
export const RETRY_AFTER_SECONDS = 5;

interface Outage {
  started: bigint;
  reason: string;
  refused: number;
  /** Requests already counted: one request may meet the outage in several places. */
  counted: WeakSet<object>;
}

/**
 * Tells an outage of the database apart from a request's own failure, and logs it twice —
 * when it begins and when it ends (how long, how many requests were refused) — never once
 * per request: thousands of refused requests during a restart are one event.
 * Every place an unreachable database surfaces (authentication, resolvers, REST routes)
 * answers through `refuse`; the database layer calls `answered` when it connects again.
 */
@Injectable()
export class DatabaseAvailability {
  private outage: Outage | null = null;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  get unavailable(): boolean {
    return this.outage !== null;
  }

  /** The answer to a request the database could not serve (SERVICE_UNAVAILABLE). */
  refuse(cause: unknown): DomainError {
    if (!this.outage) {
      const reason = databaseUnavailableReason(cause);
      this.outage = { started: process.hrtime.bigint(), reason, refused: 0, counted: new WeakSet() };
      this.logger.error(
        { reason },
        'database unavailable: refusing requests with SERVICE_UNAVAILABLE until it answers',
      );
    }
    const request = currentContext();
    if (!request || !this.outage.counted.has(request)) {
      this.outage.refused += 1;
      if (request) this.outage.counted.add(request);
    }
    return DomainError.serviceUnavailable();
  }

  /** The database answered again (a connection was made): ends the outage, if there was one. */
  answered(): void {
    const outage = this.outage;
    if (!outage) return;
    this.outage = null;
    const ms = Number(process.hrtime.bigint() - outage.started) / 1e6;
    this.logger.warn(
      { reason: outage.reason, outageMs: Math.round(ms), refusedRequests: outage.refused },
      'database available again',
    );
  }
}
