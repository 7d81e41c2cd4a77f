import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

/** The largest WebSocket message a client may send: a subscribe message is a query, like an HTTP body (1 MB there). */
export const MAX_WEBSOCKET_MESSAGE_BYTES = 1024 * 1024;

interface SubscriptionServer {
  _subscriptionService?: { wss?: { options: { maxPayload?: number } } };
}

/**
 * The WebSocket server @nestjs/graphql creates for graphql-ws takes `ws`'s default message
 * limit, 100 MB, and has no option for it: anyone could make the process buffer that much
 * before saying who they are. Once it exists, this lowers the limit for every connection
 * after (ws reads it per connection); a message over it closes the socket with 1009.
 * `test/notifications/subscription.spec.ts` fails if an upgrade of @nestjs/graphql moves it.
 */
@Injectable()
export class WebSocketLimits implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebSocketLimits.name);

  constructor(private readonly moduleRef: ModuleRef) {}

  onApplicationBootstrap(): void {
    const driver = this.moduleRef.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as SubscriptionServer;
    const options = driver._subscriptionService?.wss?.options;
    if (!options) {
      this.logger.warn('could not limit WebSocket messages: the subscription server is not where it was');
      return;
    }
    options.maxPayload = MAX_WEBSOCKET_MESSAGE_BYTES;
  }
}
