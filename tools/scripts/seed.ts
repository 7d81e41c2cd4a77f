import 'reflect-metadata';
import { ConfigError, loadConfig } from '@muster/platform-config';
import { createLogger } from '@muster/platform-core';
import { openDatabase, runMigrations, configForDatabase } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';
import { createApp, seedOnStart } from '@muster/api';

// Runs the start-up seed against DATABASE_URL (or the embedded database, which must not
// be in use by a running server): pending migrations, then every seed section — in demo
// mode the demo ICS, and the bootstrap administrator (MUSTER_ADMIN_EMAIL/_PASSWORD).
async function main(): Promise<void> {
  const loaded = loadConfig();
  const logger = createLogger(loaded.logLevel, loaded.logFormat);
  const database = await openDatabase(loaded);
  // The same database settings as the server (one pooled connection on the embedded one),
  // but no background loop: a one-off command runs only its own work.
  const config = {
    ...configForDatabase(loaded, database.embedded),
    scheduler: { ...loaded.scheduler, enabled: false },
  };
  try {
    await runMigrations(database.url, MIGRATIONS);
    const app = await createApp({ config, databaseUrl: database.url, logger });
    await app.init();
    try {
      const lines = await seedOnStart(app, config);
      process.stdout.write(
        lines.length
          ? `${lines.join('\n')}\n`
          : 'Nothing to seed: set MUSTER_DEMO=true for the demo ICS, or MUSTER_ADMIN_EMAIL and MUSTER_ADMIN_PASSWORD' +
              ' for the first system administrator.\n',
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
