import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from '@muster/platform-core';
import { Lifecycle, RunningDatabase } from '@muster/platform-database';
import { InFlightRequests } from './in-flight-requests';
import { startShutdownWatchdog } from './shutdown-watchdog';

export interface Stoppable {
  app: INestApplication;
  server: Server;
  inFlight: InFlightRequests;
  database: RunningDatabase;
  logger: Logger;
  graceMs: number;
}

/**
 * SIGTERM, in order: readiness fails and the port refuses new connections at once; idle
 * keep-alive connections close; requests in flight finish and are delivered (each closing
 * its connection); only then do the application, its pool and the embedded database close
 * — a pool closed under a running request would fail it. Whatever still runs when the
 * grace period is nearly over is cut off, and said so. The whole stays within the grace
 * period even if this thread is stuck: a watchdog thread kills the process at its end.
 * Resolves with the exit code: 0 only if every response in flight was delivered.
 */
export async function shutDown(
  signal: string,
  { app, server, inFlight, database, logger, graceMs }: Stoppable,
): Promise<number> {
  const deadline = Date.now() + graceMs;
  startShutdownWatchdog(graceMs, inFlight.shared);
  app.get(Lifecycle).beginShutdown();
  server.close();
  server.closeIdleConnections();
  logger.info(
    { signal, inFlight: inFlight.size, graceMs },
    'shutting down: new connections refused, finishing requests in flight',
  );

  // Closing the pool and the embedded database needs a moment of the grace period too, and
  // this thread should be done a moment before the watchdog has to step in.
  const reserve = Math.min(1_000, Math.floor(graceMs / 4));
  const drained = await within(
    inFlight.drain().then(() => true),
    graceMs - reserve,
    false,
  );
  const cutOff = inFlight.size;
  const { delivered, unfinished: clientGone } = inFlight.outcome;
  server.closeAllConnections();
  const closed = await within(closeAll(app, database, logger), deadline - Math.floor(reserve / 4) - Date.now(), false);

  if (!drained) {
    logger.error(
      { delivered, cutOff, clientGone, graceMs, databaseClosed: closed },
      `shutdown grace period over: ${cutOff} request(s) in flight cut off unanswered`,
    );
    return 1;
  }
  if (!closed) {
    logger.error(
      { delivered, clientGone },
      `stopped: ${delivered} request(s) in flight answered, but the database did not close in time`,
    );
    return 1;
  }
  logger.info({ delivered, clientGone }, `stopped: ${delivered} request(s) in flight answered, none cut off`);
  return 0;
}

async function closeAll(app: INestApplication, database: RunningDatabase, logger: Logger): Promise<boolean> {
  try {
    await app.close();
    await database.stop();
    return true;
  } catch (error) {
    logger.error({ err: error }, 'error while closing the application and its database');
    return false;
  }
}

/** What `work` resolved to, or `late` if that took longer than `ms` (it is not awaited beyond). */
async function within<T>(work: Promise<T>, ms: number, late: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(resolve, Math.max(0, ms), late)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
