import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@muster/platform-config';
import { createLogger, FixedClock, Logger } from '@muster/platform-core';
import { configForDatabase } from '@muster/platform-database';
import { createApp } from '@muster/api';
import { TEST_START } from './clock';
import { GraphqlClient } from './graphql-client';
import { TestDatabaseKind, workerUrlVariable } from './test-databases';

export const TEST_JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef';
export const TEST_AUDIT_KEY = 'test-only-audit-hmac-key-0123456789abcdef';

export interface TestApp {
  app: NestExpressApplication;
  /** Base URL of the running server (real HTTP on a free port). */
  baseUrl: string;
  gql: GraphqlClient;
  clock: FixedClock;
  config: AppConfig;
  dataSource: DataSource;
  databaseUrl: string;
  close(): Promise<void>;
}

/** A database of this jest worker (see test-databases.ts). */
export function workerDatabaseUrl(kind: TestDatabaseKind = 'main'): string {
  const url = process.env[workerUrlVariable(process.env.JEST_WORKER_ID ?? '1', kind)];
  if (!url) throw new Error('No test database for this worker: is jest globalSetup configured?');
  return url;
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: workerDatabaseUrl(),
    JWT_SECRET: TEST_JWT_SECRET,
    AUDIT_HMAC_KEY: TEST_AUDIT_KEY,
    DB_POOL_MAX: '10',
    // Suites tick the scheduler themselves; an app of another NODE_ENV (production) must not either.
    SCHEDULER_ENABLED: 'false',
    ...overrides,
  });
  return configForDatabase(config, process.env.MUSTER_TEST_EMBEDDED === '1');
}

/**
 * The whole API, listening on a free port, against this worker's database. A suite that
 * reads the app's log lines passes its own `logger`.
 */
export async function startTestApp(
  options: { clock?: FixedClock; env?: Record<string, string>; logger?: Logger } = {},
): Promise<TestApp> {
  const config = testConfig(options.env);
  const clock = options.clock ?? new FixedClock(new Date(TEST_START));
  const databaseUrl = config.database.url as string;
  const app = await createApp({ config, databaseUrl, logger: options.logger ?? createLogger(config.logLevel), clock });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    baseUrl,
    gql: new GraphqlClient(`${baseUrl}/graphql`),
    clock,
    config,
    dataSource: app.get(DataSource),
    databaseUrl,
    close: () => app.close(),
  };
}
