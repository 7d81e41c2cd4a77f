import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import type { CredentialStrategies } from '@muster/platform-access';
import { AppConfig } from '@muster/platform-config';
import { DateTimeScalar } from './date-time.scalar';
import { DatabaseUnavailableInterceptor } from './database-unavailable.interceptor';
import { DomainErrorFilter } from './domain-error.filter';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { createErrorFormatter } from './format-error';
import { hideSchemaDetailsPlugin } from './hide-schema-details.plugin';
import { LiveEventsModule } from './live-events';
import { operationLoggingPlugin } from './operation-logging.plugin';
import { queryCostPlugin } from './query-cost.plugin';
import { queryLimitRules } from './query-limits';
import { ServerInfoResolver } from './server-info.resolver';
import { ServiceUnavailablePlugin } from './service-unavailable.plugin';
import { graphqlContext, graphqlWsOptions } from './subscriptions';
import { createValidationPipe } from './validation.pipe';
import { WebSocketLimits } from './websocket-limits';

/** Apollo, code-first, with our error model, validation, limits and logging. */
@Module({})
export class GraphqlPlatformModule {
  /** `strategies`: the application's credential strategies (AccessModule.forRoot gets the same), for WebSocket connections. */
  static forRoot(config: AppConfig, logger: Logger, strategies: CredentialStrategies): DynamicModule {
    const development = config.env === 'development';
    const formatError = createErrorFormatter(development, (error) =>
      logger.error({ err: error }, 'unexpected error in GraphQL operation'),
    );
    return {
      module: GraphqlPlatformModule,
      imports: [
        LiveEventsModule.forRoot(config.liveEvents.redis, logger),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !config.isProduction,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          plugins: [
            // No HTTP cache hints are used; the default plugin would wrap every field resolver.
            ApolloServerPluginCacheControlDisabled(),
            // No landing page: Apollo's loads its sandbox from a CDN (blank on a closed network). In
            // development a browser at /graphql is sent to the console's own GraphQL explorer.
            ApolloServerPluginLandingPageDisabled(),
            operationLoggingPlugin(logger, config.env === 'test'),
            queryCostPlugin(config.graphqlLimits),
            ...(config.isProduction ? [hideSchemaDetailsPlugin()] : []),
          ],
          // Limits: refused before any resolver runs (README, "Limits").
          parseOptions: { maxTokens: config.graphqlLimits.maxTokens },
          validationRules: queryLimitRules(config.graphqlLimits),
          validationOptions: { hideSuggestions: config.isProduction },
          context: graphqlContext,
          formatError,
          // Subscriptions (graphql-ws) on the same server and path; see subscriptions.ts.
          subscriptions: {
            'graphql-ws': graphqlWsOptions(
              config.graphqlLimits,
              formatError,
              (error) => logger.warn({ err: error }, 'could not check the credentials of a WebSocket connection'),
              strategies,
            ),
          },
        }),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        ServerInfoResolver,
        // An unreachable database: SERVICE_UNAVAILABLE (503) wherever it surfaces.
        { provide: APP_INTERCEPTOR, useClass: DatabaseUnavailableInterceptor },
        ServiceUnavailablePlugin,
        GraphqlMetricsPlugin,
        WebSocketLimits,
      ],
    };
  }
}
