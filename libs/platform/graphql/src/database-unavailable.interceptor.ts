import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, Observable } from 'rxjs';
import { DatabaseAvailability, isDatabaseUnavailable } from '@muster/platform-core';

/**
 * A database that goes away while a resolver or a REST handler runs (after authentication
 * passed) is SERVICE_UNAVAILABLE too, not a masked INTERNAL_SERVER_ERROR: the REST filter
 * then answers 503. Field resolvers, which interceptors do not wrap, are covered by the
 * error formatter.
 */
@Injectable()
export class DatabaseUnavailableInterceptor implements NestInterceptor {
  constructor(private readonly availability: DatabaseAvailability) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        throw isDatabaseUnavailable(error) ? this.availability.refuse(error) : error;
      }),
    );
  }
}
