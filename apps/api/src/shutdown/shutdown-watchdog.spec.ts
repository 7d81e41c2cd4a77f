import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from '@jest/globals';

const root = join(__dirname, '../../../..');

/** A process that starts the watchdog with `inFlight` open responses, then never yields its event loop again. */
function stuckProcess(graceMs: number, inFlight: number) {
  const script = `
    const { startShutdownWatchdog } = require('./apps/api/src/shutdown/shutdown-watchdog.ts');
    const counter = new Int32Array(new SharedArrayBuffer(4));
    counter[0] = ${inFlight};
    startShutdownWatchdog(${graceMs}, counter);
    for (;;) {}
  `;
  return spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the shutdown watchdog', () => {
  it('kills a process whose event loop is stuck when the grace period is over, with one line saying so', () => {
    const result = stuckProcess(300, 2);
    // Killed by the watchdog (SIGKILL), not by spawnSync's own timeout (SIGTERM).
    expect(result.signal).toBe('SIGKILL');
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 60,
        graceMs: 300,
        inFlight: 2,
        msg: 'shutdown grace period over and the process has not stopped: killing it',
      }),
    ]);
  });
});
