import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainError, ErrorCode, HTTP_STATUS, LOGGER, Logger, RETRY_AFTER_SECONDS } from '@muster/platform-core';

/**
 * The one exception filter, global. Domain errors are answers, not failures: a wrong
 * password or a NOT_FOUND must not be logged as an application error (Nest's default
 * handler logs every non-HTTP exception with its stack).
 * - GraphQL: a DomainError goes on to the error formatter; anything else is left to Nest,
 *   and the formatter masks it.
 * - A body the body parser refuses (over the size limit, not JSON, an unsupported charset or
 *   encoding) is BAD_USER_INPUT naming `body`, with the parser's 4xx status (413 for too large).
 * - REST: the GraphQL error model, `{ code, message, fields }` with the matching status
 *   (SERVICE_UNAVAILABLE with Retry-After). Nest's own HTTP exceptions (a health check's
 *   report, an unknown route) keep their status and body; anything unexpected is logged
 *   and masked. Once a response has begun (a streamed export) its status is already sent:
 *   the connection is cut, so the client sees an incomplete body, never a silent success.
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): DomainError | undefined {
    if (host.getType<GqlContextType>() === 'graphql') return error instanceof DomainError ? error : undefined;
    this.answer(error, host.switchToHttp().getResponse<Response>());
    return undefined;
  }

  private answer(error: unknown, res: Response): void {
    if (res.headersSent) {
      this.logger.warn({ err: error }, 'response stopped after it had begun');
      res.destroy();
    } else if (error instanceof DomainError) {
      if (error.code === ErrorCode.SERVICE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, fields: error.fields });
    } else if (bodyRefusal(error)) {
      // Before any route: the body parser refused the body (too large, not JSON), the caller's doing.
      const { status, problem } = bodyRefusal(error) as { status: number; problem: DomainError };
      res.status(status).json({ code: problem.code, message: problem.message, fields: problem.fields });
    } else if (error instanceof HttpException) {
      const body = error.getResponse();
      res
        .status(error.getStatus())
        .json(typeof body === 'object' ? body : { statusCode: error.getStatus(), message: body });
    } else {
      this.logger.error({ err: error }, 'unexpected error in an HTTP request');
      res.status(500).json({ code: ErrorCode.INTERNAL, message: 'Internal server error', fields: [] });
    }
  }
}

/** What body-parser throws for a body it will not read: http-errors marked `expose`, a 4xx status and a `type`. */
interface BodyParserError {
  status: number;
  expose: boolean;
  type: string;
  limit?: number;
}

const BODY_PROBLEMS: Record<string, (error: BodyParserError) => string> = {
  'entity.too.large': (e) => `larger than the limit${e.limit ? ` of ${e.limit} bytes` : ''}`,
  'entity.parse.failed': () => 'not valid JSON',
  'entity.verify.failed': () => 'refused',
  'request.aborted': () => 'the request was aborted',
  'request.size.invalid': () => 'shorter or longer than its Content-Length',
  'charset.unsupported': () => 'in an unsupported charset',
  'encoding.unsupported': () => 'in an unsupported content encoding',
};

function bodyRefusal(error: unknown): { status: number; problem: DomainError } | undefined {
  const e = error as Partial<BodyParserError> | null;
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500 || e.expose !== true) return undefined;
  const describe = typeof e.type === 'string' ? BODY_PROBLEMS[e.type] : undefined;
  if (!describe) return undefined;
  return { status: e.status, problem: DomainError.badInput('body', describe(e as BodyParserError)) };
}
