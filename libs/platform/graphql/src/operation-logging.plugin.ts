import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { currentContext } from '@muster/platform-core';

/**
 * One structured log line per GraphQL operation (name, type, duration, error codes,
 * SQL statements). Variables are never logged: they carry passwords and personal data.
 * With `exposeStats`, the response carries `extensions.sqlStatements` for tests.
 */
export function operationLoggingPlugin(logger: Logger, exposeStats: boolean): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors, response }) {
          const ctx = currentContext();
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          logger.info(
            {
              operationName: operationName ?? null,
              operationType: operation?.operation ?? null,
              ms: Math.round(ms * 10) / 10,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
              sqlStatements: ctx?.stats.sqlStatements,
            },
            'graphql operation',
          );
          if (exposeStats && ctx && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              sqlStatements: ctx.stats.sqlStatements,
            };
          }
        },
      };
    },
  };
}
