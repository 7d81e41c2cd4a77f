import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '@muster/platform-config';
import { createLogger, DomainError } from '@muster/platform-core';
import { openDatabase, runMigrations, configForDatabase } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';
import { createApp } from '@muster/api';
import { FrameworkImportService } from '@muster/assurance';
import { SystemPrincipal } from '@muster/identity';

// Imports an assurance framework version from its JSON file against DATABASE_URL (or the
// embedded database, which must not be in use by a running server), as the system, through
// the same service as the importAssuranceFramework mutation:
//   npm run assurance:import -- libs/assurance/frameworks/eprr-core-standards-sample.json
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run assurance:import -- <framework.json>\n');
    process.exit(2);
  }
  const json = readFileSync(file, 'utf8');
  const loaded = loadConfig();
  const logger = createLogger(loaded.logLevel, loaded.logFormat);
  const database = await openDatabase(loaded);
  const config = {
    ...configForDatabase(loaded, database.embedded),
    scheduler: { ...loaded.scheduler, enabled: false },
  };
  try {
    await runMigrations(database.url, MIGRATIONS);
    const app = await createApp({ config, databaseUrl: database.url, logger });
    await app.init();
    try {
      const framework = await app.get(FrameworkImportService).import(new SystemPrincipal(), json);
      process.stdout.write(
        `Imported ${framework.name} version ${framework.version} (${framework.requirementCount} requirements): ${framework.id}\n`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof DomainError || error instanceof ConfigError ? error.message : (error as Error).stack;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
