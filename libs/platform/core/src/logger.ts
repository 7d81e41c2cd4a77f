import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
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

export type LogFormat = 'json' | 'pretty';

/**
 * JSON lines (production, test), or the same lines made readable for a person at a
 * terminal (development): a time, a level, the message and its fields on one line,
 * written synchronously like JSON so that nothing is lost when the process exits.
 */
export function createLogger(
  level: string,
  format: LogFormat = 'json',
  destination: NodeJS.WritableStream = process.stdout,
): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'muster-api' },
    redact: { paths: REDACT, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Every line of a request carries its request id.
    mixin() {
      const ctx = currentContext();
      return ctx ? { requestId: ctx.requestId } : {};
    },
  };
  if (format === 'pretty') return pino(options, prettyStream(destination));
  // On stdout, pino's own synchronous destination.
  return destination === process.stdout ? pino(options) : pino(options, destination);
}

function prettyStream(destination: NodeJS.WritableStream): DestinationStream {
  // A development dependency, loaded only here: production (which refuses LOG_FORMAT=pretty) needs none.
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({
    destination,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'service',
    singleLine: true,
    colorize: destination === process.stdout && pretty.isColorSupported,
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
