import { Redis } from 'ioredis';

/**
 * The Redis of the suites that need one (live events across processes). Which one, and
 * whether its absence fails or skips them:
 * - `MUSTER_TEST_REDIS_URL` set (CI sets it in .ci/run, after making sure Redis is up):
 *   Redis is required; unreachable, those suites FAIL, saying so;
 * - unset: redis://127.0.0.1:6379 if it answers (every development machine runs one),
 *   otherwise those suites are SKIPPED with a line saying why and how to require it.
 * Reachability is probed once in jest's globalSetup (a test file cannot decide to skip
 * asynchronously) and handed to the workers in `MUSTER_TEST_REDIS_PROBLEM`.
 */
export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';
const PROBLEM = 'MUSTER_TEST_REDIS_PROBLEM';

export interface TestRedis {
  url: string;
  /** Set by MUSTER_TEST_REDIS_URL: a missing Redis is a failure, not a skip. */
  required: boolean;
  /** Why it did not answer PING at globalSetup; null when it did. */
  problem: string | null;
}

export function testRedis(): TestRedis {
  const problem = process.env[PROBLEM];
  if (problem === undefined) throw new Error('Redis was not probed: is jest globalSetup configured?');
  return {
    url: process.env.MUSTER_TEST_REDIS_URL || DEFAULT_TEST_REDIS_URL,
    required: Boolean(process.env.MUSTER_TEST_REDIS_URL),
    problem: problem || null,
  };
}

/** In globalSetup: PING the test Redis once (a second at most) and record the answer for the workers. */
export async function probeTestRedis(): Promise<void> {
  const url = process.env.MUSTER_TEST_REDIS_URL || DEFAULT_TEST_REDIS_URL;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  let problem = '';
  client.on('error', (error: NodeJS.ErrnoException) => (problem ||= error.code ?? error.message));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    problem ||= (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? 'no answer';
  } finally {
    client.disconnect();
  }
  process.env[PROBLEM] = problem;
}
