import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '@muster/platform-config';

// Starts the embedded database over: removes its data folder. The next `npm start`
// migrates and seeds it afresh. Never touches a server at DATABASE_URL.
try {
  const config = loadConfig();
  if (config.database.url) {
    process.stderr.write('db:reset only resets the embedded database; DATABASE_URL is set, so nothing was changed.\n');
    process.exit(1);
  }
  const folder = resolve(config.database.dataDir);
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(
    `Removed the embedded database in ${folder}. The next "npm start" begins with fresh demo data.\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
