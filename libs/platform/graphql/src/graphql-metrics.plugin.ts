import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { AppMetrics } from '@muster/platform-metrics';

/**
 * Every GraphQL operation into /metrics: its duration by operation name (a name the client
 * chose, kept only when it looks like one and while there are few; see AppMetrics) and type,
 * and its errors by code. Variables and results are never looked at.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: AppMetrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    return {
      willSendResponse: async ({ operationName, operation, errors, response }) => {
        this.metrics.graphqlOperations.observe(
          { operation: this.metrics.operationLabel(operationName), type: operation?.operation ?? 'unparsed' },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        // The errors as the client sees them (formatted: our codes), not as resolvers threw them.
        const sent = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : (errors ?? []);
        for (const error of sent) {
          const code = error.extensions?.code;
          this.metrics.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
        }
      },
    };
  }
}
