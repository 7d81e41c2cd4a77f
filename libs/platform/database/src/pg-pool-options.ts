import { DatabaseSettings } from './database-settings';

/**
 * node-postgres pool settings, always explicit: the defaults wait forever for a
 * connection and let a statement run forever.
 */
export function poolOptions(settings: DatabaseSettings) {
  return {
    max: settings.poolMax,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    idle_in_transaction_session_timeout: settings.statementTimeoutMs * 2,
    application_name: 'muster',
  };
}
