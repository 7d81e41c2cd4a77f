import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** A running database the app can reach by URL, and how to stop it. */
export interface RunningDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL in-process (PGlite, real PostgreSQL compiled to WASM) behind the
 * wire protocol on a free loopback port, so the app talks to it with plain `pg` exactly
 * as to a server. `dataDir` keeps the data across restarts; `memory://` keeps nothing.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<RunningDatabase> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : resolve(dataDir);
  // PGlite does not create missing parent folders, and the failure it gives is obscure.
  if (!inMemory) mkdirSync(location, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: location });
  } catch (error) {
    throw new EmbeddedDatabaseError(location, error);
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    embedded: true,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

export class EmbeddedDatabaseError extends Error {
  constructor(location: string, cause: unknown) {
    super(
      `The embedded PostgreSQL could not start with its data in ${location} ` +
        `(${cause instanceof Error ? cause.message : String(cause)}). ` +
        `Run "npm run db:reset" to start from an empty database, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = 'EmbeddedDatabaseError';
  }
}
