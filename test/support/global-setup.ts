import type { Config } from 'jest';
import { prepareTestDatabases } from './test-databases';

// Runs once, outside the test sandboxes (PGlite needs that), before any worker starts.
export default async function globalSetup(globalConfig: Config): Promise<void> {
  const workers = Math.max(1, Number(globalConfig.maxWorkers ?? 1) || 1);
  const databases = await prepareTestDatabases(workers);
  (globalThis as { __MUSTER_TEST_DATABASES__?: unknown }).__MUSTER_TEST_DATABASES__ = databases;
}
