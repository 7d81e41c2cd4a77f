// First: tracing patches http, express, graphql and pg as they load (off without OTEL_EXPORTER_OTLP_ENDPOINT).
import { stopTracing } from './tracing';
// Loaded dynamically by their users; imported here so every bundler and packager sees them.
import 'pg';
import '@as-integrations/express5';
import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@muster/platform-config';
import { createLogger } from '@muster/platform-core';
import {
  EmbeddedDatabaseError,
  openDatabase,
  RunningDatabase,
  runMigrations,
  configForDatabase,
} from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';
import { MIGRATIONS } from '@muster/migrations';
import { serveConsoleFromSources } from './console/console-dev';
import { createApp } from './create-app';
import { seedOnStart } from './seed/seed-on-start';
import { InFlightRequests } from './shutdown/in-flight-requests';
import { shutDown, Stoppable } from './shutdown/graceful-shutdown';

async function main(): Promise<void> {
  const loaded = loadConfig();
  const logger = createLogger(loaded.logLevel, loaded.logFormat);
  const database = await openDatabase(loaded);
  const config = configForDatabase(loaded, database.embedded);
  // A transaction-level lock on PostgreSQL: it holds through PgBouncer in transaction mode.
  const applied = await runMigrations(database.url, MIGRATIONS, {
    lock: database.embedded ? 'session' : 'transaction',
  });
  if (applied.length) logger.info({ applied }, 'migrations applied');

  const app = await createApp({ config, databaseUrl: database.url, logger });
  // Development: the console from its sources (Vite middleware) at `/`, before Nest's routes close the chain.
  const consoleFromSources = config.env === 'development' && !config.consoleDir;
  if (consoleFromSources) serveConsoleFromSources(app);
  await app.init();
  const seeded = await seedOnStart(app, config);
  const server = app.getHttpServer();
  const inFlight = new InFlightRequests(server);
  await app.listen(config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  handleShutdown({ app, server, inFlight, database, logger, graceMs: config.shutdownGraceMs });
  printBanner(
    config,
    database,
    `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
    seeded,
    app.get(LiveEvents).describe(),
  );
}

function handleShutdown(stoppable: Stoppable): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    shutDown(signal, stoppable).then(
      (code) =>
        stopTracing().then(
          () => process.exit(code),
          () => process.exit(code),
        ),
      (error: unknown) => {
        stoppable.logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function printBanner(
  config: AppConfig,
  database: RunningDatabase,
  url: string,
  seeded: string[],
  liveEvents: string,
): void {
  const lines = [
    '',
    `Muster is running: ${url}/graphql`,
    `  console: ${url}/ (sign in with a demo login below)`,
    `  health: ${url}/health/ready`,
    `  database: ${database.embedded ? `embedded PostgreSQL, data in ${config.database.dataDir} (reset: npm run db:reset)` : 'DATABASE_URL'}`,
    `  live events (subscriptions): ${liveEvents}`,
    ...seeded,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  // One clear line for what an operator can fix; a stack only for the unexpected.
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Muster failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
