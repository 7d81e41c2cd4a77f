import { Logger as TypeOrmLogger } from 'typeorm';
import { Logger } from 'pino';
import { countSqlStatement, isDatabaseUnavailable } from '@muster/platform-core';

/**
 * TypeORM logger that counts SQL statements per request (tests assert constant counts,
 * e.g. a list costs the same whatever its page size) and logs failures and slow queries.
 * Never logs parameters: they may hold personal data or password hashes.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(): void {
    countSqlStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    this.logQuery();
    // An unreachable database is logged once per outage (DatabaseAvailability), not per statement.
    if (isDatabaseUnavailable(error)) return;
    this.logger.warn(
      { err: typeof error === 'string' ? error : error.message, query: query.slice(0, 200) },
      'SQL error',
    );
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 200) }, 'slow SQL');
  }
  logSchemaBuild(): void {
    // schema builds never run: migrations only
  }
  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
