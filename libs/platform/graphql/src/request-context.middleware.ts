import { trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { currentContext, newRequestContext, runWithContext } from '@muster/platform-core';

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

/** The header that asks the fault injector to fail this request's change just before COMMIT. */
export const FAIL_BEFORE_COMMIT_HEADER = 'x-muster-fail-before-commit';

/**
 * Tests only, mounted only with MUSTER_FAULT_INJECTION (refused in production): a request
 * with `x-muster-fail-before-commit: 1` is marked so its unit of work fails after writing
 * its change and audit events and before COMMIT (the reliability suite, test/reliability).
 */
export function faultInjectionMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const context = currentContext();
  if (context && req.header(FAIL_BEFORE_COMMIT_HEADER) === '1') context.failBeforeCommit = true;
  next();
}
