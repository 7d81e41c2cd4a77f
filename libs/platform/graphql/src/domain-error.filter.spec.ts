import { ArgumentsHost, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import pino from 'pino';
import { DomainError } from '@muster/platform-core';
import { DomainErrorFilter } from './domain-error.filter';

/** What a REST client would receive, from a stand-in for express's response. */
function restCall(error: unknown, headersSent = false) {
  const seen = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown, destroyed: false };
  const res = {
    headersSent,
    status: (code: number) => ((seen.status = code), res),
    setHeader: (name: string, value: string) => ((seen.headers[name] = value), res),
    json: (body: unknown) => ((seen.body = body), res),
    destroy: () => ((seen.destroyed = true), res),
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => res as unknown as Response }),
  } as unknown as ArgumentsHost;
  const lines: string[] = [];
  new DomainErrorFilter(
    pino({ level: 'info' }, { write: (line: string) => void lines.push((JSON.parse(line) as { msg: string }).msg) }),
  ).catch(error, host);
  return { ...seen, logged: lines };
}

describe('DomainErrorFilter on REST routes', () => {
  it('answers a domain error in the GraphQL error model, SERVICE_UNAVAILABLE with Retry-After, and logs nothing', () => {
    expect(restCall(DomainError.notFound('Organisation'))).toEqual({
      status: 404,
      headers: {},
      body: { code: 'NOT_FOUND', message: 'Organisation not found', fields: [] },
      destroyed: false,
      logged: [],
    });
    const outage = restCall(DomainError.serviceUnavailable());
    expect([outage.status, outage.headers['retry-after'], (outage.body as { code: string }).code]).toEqual([
      503,
      '5',
      'SERVICE_UNAVAILABLE',
    ]);
  });

  it("keeps Nest's own HTTP exceptions (a health report, an unknown route) as they are", () => {
    const report = { status: 'error', error: { database: { status: 'down' } } };
    expect(restCall(new ServiceUnavailableException(report))).toMatchObject({ status: 503, body: report, logged: [] });
    expect(restCall(new NotFoundException('Cannot GET /nowhere'))).toMatchObject({
      status: 404,
      body: { statusCode: 404, message: 'Cannot GET /nowhere' },
    });
  });

  it("answers a body the body parser refuses as BAD_USER_INPUT naming body, with the parser's status, and logs nothing", () => {
    const parserError = (status: number, type: string, message: string) =>
      Object.assign(new Error(message), { status, statusCode: status, expose: true, type, limit: 1_048_576 });
    expect(restCall(parserError(413, 'entity.too.large', 'request entity too large'))).toEqual({
      status: 413,
      headers: {},
      body: {
        code: 'BAD_USER_INPUT',
        message: 'Invalid body: larger than the limit of 1048576 bytes',
        fields: [{ field: 'body', message: 'larger than the limit of 1048576 bytes' }],
      },
      destroyed: false,
      logged: [],
    });
    expect(restCall(parserError(400, 'entity.parse.failed', 'Unexpected token'))).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', fields: [{ field: 'body', message: 'not valid JSON' }] },
      logged: [],
    });
    // An exposed 4xx of no known type is no refusal of the body: masked like anything unexpected.
    expect(restCall(parserError(400, 'something.else', 'odd'))).toMatchObject({
      status: 500,
      logged: ['unexpected error in an HTTP request'],
    });
  });

  it('masks and logs anything unexpected', () => {
    expect(restCall(new Error('relation "secret_table" does not exist'))).toMatchObject({
      status: 500,
      body: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', fields: [] },
      logged: ['unexpected error in an HTTP request'],
    });
  });

  it('cuts the connection of a response already begun (a streamed export), so it never ends as a success', () => {
    expect(restCall(new Error('export failed'), true)).toMatchObject({
      status: 0,
      body: undefined,
      destroyed: true,
      logged: ['response stopped after it had begun'],
    });
  });
});
