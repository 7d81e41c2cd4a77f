import { Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppMetrics } from '@muster/platform-metrics';

/** The largest WebSocket message a client may send: a subscribe message is a query, like an HTTP body (1 MB there). */
export const MAX_WEBSOCKET_MESSAGE_BYTES = 1024 * 1024;

interface SubscriptionServer {
  _subscriptionService?: { wss?: { options: { maxPayload?: number }; clients?: Set<unknown> } };
}

/**
 * The WebSocket server @nestjs/graphql creates for graphql-ws takes `ws`'s default message
 * limit, 100 MB, and has no option for it: anyone could make the process buffer that much
 * before saying who they are. Once it exists, this lowers the limit for every connection
 * after (ws reads it per connection); a message over it closes the socket with 1009.
 * `test/notifications/subscription.spec.ts` fails if an upgrade of @nestjs/graphql moves it.
 * It also reports the server's open connections to /metrics.
 */
@Injectable()
export class WebSocketLimits implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebSocketLimits.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    @Optional() private readonly metrics?: AppMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const driver = this.moduleRef.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as SubscriptionServer;
    const wss = driver._subscriptionService?.wss;
    const options = wss?.options;
    if (!options) {
      this.logger.warn('could not limit WebSocket messages: the subscription server is not where it was');
      return;
    }
    options.maxPayload = MAX_WEBSOCKET_MESSAGE_BYTES;
    this.metrics?.gaugeAtScrape(
      'muster_subscription_connections',
      'Open GraphQL subscription (graphql-ws) connections to this process.',
      [],
      () => wss?.clients?.size ?? 0,
    );
  }
}
