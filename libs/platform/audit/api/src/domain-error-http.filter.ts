import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode, HTTP_STATUS, LOGGER, Logger } from '@muster/platform-core';

/**
 * The GraphQL error model on a REST route: `{ code, message, fields }` with the matching
 * status. Anything unexpected is masked. Once a stream has begun, the status is sent:
 * the connection is cut so the client sees an incomplete body, never a silent success.
 */
@Catch()
export class DomainErrorHttpFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      this.logger.warn({ err: error }, 'audit export stopped after it had begun');
      res.destroy();
      return;
    }
    if (error instanceof DomainError) {
      res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, fields: error.fields });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      res.status(error.getStatus()).json({ code: ErrorCode.BAD_USER_INPUT, message: error.message, fields: [] });
      return;
    }
    this.logger.error({ err: error }, 'unexpected error in an HTTP request');
    res.status(500).json({ code: ErrorCode.INTERNAL, message: 'Internal server error', fields: [] });
  }
}
