import { Worker } from 'node:worker_threads';

/**
 * The last resort of a shutdown: a thread of its own that kills the process when the grace
 * period is over. A timer on the main thread cannot fire while its event loop is busy; this
 * one can, and it writes its one log line straight to stdout (the main thread, which would
 * relay a worker's console output, may be the one that is stuck). It reads the number of
 * responses still open from memory it shares with the main thread. Unref'd: it never keeps
 * the process alive, and it dies with it.
 */
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
setTimeout(() => {
  const line = {
    level: 60,
    time: new Date().toISOString(),
    service: 'muster-api',
    graceMs: workerData.graceMs,
    inFlight: Atomics.load(workerData.inFlight, 0),
    msg: 'shutdown grace period over and the process has not stopped: killing it',
  };
  writeSync(1, JSON.stringify(line) + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, workerData.graceMs);
`;

export function startShutdownWatchdog(graceMs: number, inFlight: Int32Array): Worker {
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { graceMs, inFlight } });
  worker.unref();
  return worker;
}
