import type { IncomingMessage } from 'node:http';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import {
  DocumentNode,
  FormattedExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { CredentialStrategies, credentialRequest, Principal } from '@muster/platform-access';
import { isDatabaseUnavailable, newRequestContext, runWithContext } from '@muster/platform-core';
import { QueryLimits, queryLimitRules } from './query-limits';

/** What the graphql-ws server puts in a connection's context (graphql-ws/use/ws), plus ours. */
interface ConnectionExtra {
  socket: WebSocket;
  request: IncomingMessage;
  /** The stand-in request whose credentials were accepted at connection (see credentialRequest). */
  muster?: { req: Request };
}

type WsContext = Context<Record<string, unknown> | undefined, ConnectionExtra>;
type Formatter = (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError;

/** The GraphQL context of an operation: an HTTP request's, or a WebSocket connection's stand-in. */
export interface GraphqlContext {
  req: Request;
  /** Absent for a subscription over WebSocket. */
  res?: Response;
}

/** Builds the GraphQL context for HTTP (`{ req, res }`) and for graphql-ws (a connection's context). */
export function graphqlContext(input: { req: Request; res: Response } | WsContext): GraphqlContext {
  if ('extra' in input) {
    const req = input.extra.muster?.req;
    // onConnect refused the connection otherwise: no operation runs on it.
    if (!req) throw new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHENTICATED' } });
    return { req };
  }
  return { req: input.req, res: input.res };
}

/**
 * Subscriptions over graphql-ws on the HTTP server's /graphql:
 * - authenticated at connection: `connection_init` carries `{ authorization: 'Bearer …' }`
 *   or `{ 'x-api-key': 'mst_…' }`, judged by the very strategies that judge HTTP requests
 *   (the session of a bearer token included); anything else closes the socket with 4403;
 * - each subscribe then passes the AccessGuard like any field (deny by default);
 * - only subscriptions: queries and mutations go over HTTP, where the request context,
 *   cost limit and operation log apply; the depth, alias, directive and token limits hold here too;
 * - errors formatted by the one formatter, so nothing internal leaves over the socket either.
 */
export function graphqlWsOptions(
  limits: QueryLimits,
  format: Formatter,
  onRefusal: (error: unknown) => void,
  strategies: CredentialStrategies,
): GraphQLWsSubscriptionsConfig {
  const formatErrors = (errors: readonly GraphQLError[]) => errors.map((e) => format(e.toJSON(), e));
  const options: Partial<ServerOptions<Record<string, unknown> | undefined, ConnectionExtra>> = {
    connectionInitWaitTimeout: 10_000,
    onConnect: (ctx) => authenticateConnection(ctx, onRefusal, strategies),
    onSubscribe: (_ctx, _id, payload) =>
      refuseOperation(payload.query, payload.operationName ?? undefined, limits.maxTokens),
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, [...specifiedRules, ...queryLimitRules(limits)]).map((e) =>
        withCode(e, 'GRAPHQL_VALIDATION_FAILED'),
      ),
    onNext: (_ctx, _id, _payload, _args, result): FormattedExecutionResult =>
      result.errors ? { ...result, errors: formatErrors(result.errors) } : result,
    onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
  };
  // Nest's type names a subset of graphql-ws's options; it passes them all to the server.
  return { path: '/graphql', ...options } as GraphQLWsSubscriptionsConfig;
}

async function authenticateConnection(
  ctx: WsContext,
  onRefusal: (error: unknown) => void,
  strategies: CredentialStrategies,
): Promise<boolean> {
  const address = ctx.extra.request.socket.remoteAddress ?? null;
  const req = credentialRequest(ctx.connectionParams ?? {}, address);
  try {
    const principal: Principal | null = await runWithContext(newRequestContext({ clientAddress: address }), () =>
      strategies.authenticate(req),
    );
    if (!principal) return false;
    req.user = principal;
    ctx.extra.muster = { req };
    return true;
  } catch (error) {
    onRefusal(error);
    // "Cannot check now" is not "refused": 1013 tells the client to try again later.
    ctx.extra.socket.close(isDatabaseUnavailable(error) ? 1013 : 1011, 'Try again later');
    return false;
  }
}

/** Apollo's code for what graphql-js reports bare (a limit's error keeps its own, through originalError). */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.originalError || error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code }, originalError: error });
}

function refuseOperation(
  query: string,
  operationName: string | undefined,
  maxTokens: number,
): readonly GraphQLError[] | void {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens });
  } catch (error) {
    return [withCode(error instanceof GraphQLError ? error : new GraphQLError('Syntax error'), 'GRAPHQL_PARSE_FAILED')];
  }
  if (getOperationAST(document, operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [
      new GraphQLError('Only subscriptions are served over WebSocket: send queries and mutations over HTTP', {
        extensions: { code: 'BAD_REQUEST' },
      }),
    ];
  }
}
