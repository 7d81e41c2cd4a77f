import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainError, ErrorCode, HTTP_STATUS, RETRY_AFTER_SECONDS } from '@muster/platform-core';

/**
 * Domain errors are answers, not failures: a wrong password or a NOT_FOUND must not be
 * logged as an application error (Nest's default handler logs every non-HTTP exception
 * with its stack). GraphQL errors go on to the error formatter, which still reports the
 * unexpected ones; REST routes answer `{ code, message, fields }` with the matching status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    const res = host.switchToHttp().getResponse<Response>();
    if (error.code === ErrorCode.SERVICE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, fields: error.fields });
  }
}
