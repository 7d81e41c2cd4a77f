import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { DatabaseAvailability, ErrorCode, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@muster/platform-core';

/**
 * GraphQL over HTTP answers 200 whatever its errors; a response whose only errors are
 * SERVICE_UNAVAILABLE answers 503 with `Retry-After`, so proxies, load balancers and
 * clients that look at the status alone see "try again" too. Every such request is
 * counted against the outage (once, however many of its fields failed).
 */
@Plugin()
export class ServiceUnavailablePlugin implements ApolloServerPlugin {
  constructor(private readonly availability: DatabaseAvailability) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    return {
      willSendResponse: async ({ errors, response }) => {
        if (response.body.kind !== 'single') return;
        const formatted = response.body.singleResult.errors ?? [];
        const unavailable = formatted.filter((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
        if (!unavailable.length) return;
        // The guard and the interceptor counted theirs already; the formatter's are counted here.
        this.availability.refuse(errors?.find(isDatabaseUnavailable));
        if (unavailable.length === formatted.length) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  }
}
