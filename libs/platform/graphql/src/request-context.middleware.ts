import type { NextFunction, Request, Response } from 'express';
import { newRequestContext, runWithContext } from '@muster/platform-core';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Opens the request context (request id, client address) for everything that runs while
 * serving the request. A well-formed `x-request-id` from a proxy is kept for tracing.
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const header = req.header('x-request-id');
  const context = newRequestContext({
    clientAddress: req.ip ?? req.socket.remoteAddress ?? null,
    ...(header && REQUEST_ID.test(header) ? { requestId: header } : {}),
  });
  res.setHeader('x-request-id', context.requestId);
  runWithContext(context, next);
}
