import type { RunningDatabase } from '@muster/platform-database';

export default async function globalTeardown(): Promise<void> {
  const databases = (globalThis as { __MUSTER_TEST_DATABASES__?: RunningDatabase[] }).__MUSTER_TEST_DATABASES__ ?? [];
  await Promise.all(databases.map((db) => db.stop()));
}
