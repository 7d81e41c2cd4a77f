import type { Config } from 'jest';
import { prepareTestDatabases } from './test-databases';
import { probeTestRedis } from './test-redis';

// Runs once, outside the test sandboxes (PGlite needs that), before any worker starts.
export default async function globalSetup(globalConfig: Config): Promise<void> {
  const workers = Math.max(1, Number(globalConfig.maxWorkers ?? 1) || 1);
  const [databases] = await Promise.all([prepareTestDatabases(workers), probeTestRedis()]);
  const global = globalThis as Record<string, unknown>;
  global.__MUSTER_TEST_DATABASES__ = databases;
  // Loading the migrations pulled in @nestjs/graphql here, outside the sandboxes; its type
  // metadata must not leak into the first test file that runs in this process (--runInBand).
  delete global.GqlTypeMetadataStorage;
  delete global.GqlLazyMetadataStorageHost;
}
