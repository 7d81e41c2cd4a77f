import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(__dirname, '../..');
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** A server a bench started as a process of its own, on a free port of 127.0.0.1. */
export interface BenchProcess {
  url: string;
  child: ChildProcess;
  /** User plus system CPU seconds it has used so far. */
  cpuSeconds(): number;
  stop(): void;
}

/**
 * A TypeScript entry point of the repository run as a process (tools/scripts/run-ts.js);
 * resolves once a line of its stdout gives its port (`ready`'s first group). `nodeArgs`
 * go to node itself (`--cpu-prof`, say).
 */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  nodeArgs: string[] = [],
): Promise<BenchProcess> {
  const child = spawn(process.execPath, [...nodeArgs, 'tools/scripts/run-ts.js', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let log = '';
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}): ${log.slice(-2000)}`)));
    child.stderr?.on('data', (chunk) => (log += String(chunk)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      log += `${line}\n`;
      const port = ready.exec(line);
      if (!port) return;
      const pid = child.pid as number;
      resolve({
        url: `http://127.0.0.1:${port[1]}`,
        child,
        cpuSeconds: () => cpuSeconds(pid),
        stop: () => {
          if (child.exitCode === null) child.kill('SIGKILL');
        },
      });
    });
  });
}

/** The real API entry point (`apps/api/src/main.ts`) in production mode, scheduler off unless `env` says. */
export function startApi(env: Record<string, string>, nodeArgs: string[] = []): Promise<BenchProcess> {
  return startProcess(
    'apps/api/src/main.ts',
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      SCHEDULER_ENABLED: 'false',
      ...env,
    },
    /Muster is running: http:\/\/[^:]+:(\d+)\//,
    nodeArgs,
  );
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value below which `p` (0–1) of the numbers lie (nearest rank). */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = Float64Array.from(xs).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
