import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { currentContext } from './request-context';

/** Keys whose values never reach a log line. */
const REDACT = [
  'password',
  '*.password',
  '*.*.password',
  'newPassword',
  '*.newPassword',
  'currentPassword',
  '*.currentPassword',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'apiKey',
  '*.apiKey',
  'secret',
  '*.secret',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
];

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'muster-api' },
    redact: { paths: REDACT, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Every line of a request carries its request id.
    mixin() {
      const ctx = currentContext();
      return ctx ? { requestId: ctx.requestId } : {};
    },
  });
}

/** Nest's logger interface over pino, so framework messages are structured JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string): void {
    // Framework chatter (module init, route mapping) is debug; our own lines use pino directly.
    this.logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}

export const LOGGER = Symbol('LOGGER');
export type { Logger };
