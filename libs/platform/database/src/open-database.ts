import { Client } from 'pg';
import { AppConfig, ConfigError } from '@muster/platform-config';
import { RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';

/**
 * The database the app will use: the server at DATABASE_URL (checked to be reachable,
 * so a wrong URL fails at start with one clear line), or the embedded one.
 */
export async function openDatabase(config: AppConfig): Promise<RunningDatabase> {
  const { url, dataDir, connectTimeoutMs } = config.database;
  if (!url) return startEmbeddedPostgres(dataDir);
  await assertReachable(url, connectTimeoutMs);
  return { url, embedded: false, stop: async () => undefined };
}

export async function assertReachable(url: string, timeoutMs: number): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // An error after connect (e.g. the server going away) must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new ConfigError(
      'DATABASE_URL',
      `points at a database that cannot be reached (${hostname}:${port || 5432}${pathname}: ${reason})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
