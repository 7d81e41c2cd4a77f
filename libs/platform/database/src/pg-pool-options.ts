import { Client, ClientConfig } from 'pg';
import { AppConfig } from '@muster/platform-config';
import { DatabaseSettings } from './database-settings';

/**
 * The pool's client, with an `error` listener of its own from the moment it is made.
 * node-postgres emits `error` on a client whose backend goes away (pg_terminate_backend, a
 * failover, the idle-in-transaction timeout); the pool listens only while the client is
 * idle, and TypeORM only once a query runner holds it. A backend terminated just as its
 * connection was made (the FATAL read with the ReadyForQuery, before TypeORM listens) was
 * an unhandled `error` event: an uncaught exception that ended the process. The failure
 * still reaches the query it cuts off, and the pool drops a client that lost its backend
 * when it is released.
 */
export class PooledClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/**
 * node-postgres pool settings, always explicit: the defaults wait forever for a
 * connection and let a statement run forever. Every session is READ COMMITTED whatever
 * the server or role default (the unit of work relies on it, and setting it per
 * transaction would cost each change a round trip); the embedded database ignores this.
 */
export function poolOptions(settings: DatabaseSettings) {
  return {
    max: settings.poolMax,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    idle_in_transaction_session_timeout: settings.statementTimeoutMs * 2,
    application_name: 'muster',
    options: '-c default_transaction_isolation=read\\ committed',
    Client: PooledClient,
  };
}

/**
 * The embedded database runs one query at a time anyway, and its socket server can mix up
 * the extended-protocol messages of concurrent connections (electric-sql/pglite#1046):
 * there, a single pooled connection queues requests in the app instead. All its
 * connections share one session, so a statement prepared by a connection that has since
 * closed would clash with the same name prepared again: no prepared statements there.
 */
export function configForDatabase(config: AppConfig, embedded: boolean): AppConfig {
  return embedded ? { ...config, database: { ...config.database, poolMax: 1, preparedStatements: false } } : config;
}
