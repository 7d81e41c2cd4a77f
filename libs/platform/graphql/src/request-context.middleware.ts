import { trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { newRequestContext, runWithContext } from '@muster/platform-core';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Opens the request context (request id, client address) for everything that runs while
 * serving the request. With tracing on, the request id is the trace id (logs and traces
 * agree; a caller's `traceparent` continues its trace); otherwise a well-formed
 * `x-request-id` from a proxy is kept.
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const header = req.header('x-request-id');
  const traceId = trace.getActiveSpan()?.spanContext().traceId;
  const requestId = traceId ?? (header && REQUEST_ID.test(header) ? header : undefined);
  const context = newRequestContext({
    clientAddress: req.ip ?? req.socket.remoteAddress ?? null,
    ...(requestId ? { requestId } : {}),
  });
  res.setHeader('x-request-id', context.requestId);
  runWithContext(context, next);
}
