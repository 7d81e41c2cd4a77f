import { spawn } from 'node:child_process';

/**
 * Runs one of PostgreSQL's own tools (pg_dump, pg_restore) with the connection in the
 * environment, never on the command line (where `ps` would show a password). Resolves with
 * its exit code; its output goes to ours.
 */
export function runPostgresTool(tool: string, args: string[], databaseUrl: string): Promise<number> {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1) || 'postgres'),
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
    ...(url.searchParams.get('sslmode') ? { PGSSLMODE: url.searchParams.get('sslmode') ?? undefined } : {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${tool} was not found: install PostgreSQL's client tools (Debian: postgresql-client)`)
          : error,
      ),
    );
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
