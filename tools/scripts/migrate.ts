import 'reflect-metadata';
import { ConfigError, loadConfig } from '@muster/platform-config';
import { openDatabase, runMigrations } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';

// Applies pending migrations to DATABASE_URL (or the embedded database) and exits.
async function main(): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    const applied = await runMigrations(database.url, MIGRATIONS);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations.\n');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
