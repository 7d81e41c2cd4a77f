import { createServer, Server, Socket } from 'node:net';
import type { ExecutionContext } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { lastValueFrom, throwError } from 'rxjs';
import { Client, DatabaseError, Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DatabaseAvailability, DomainError, HTTP_STATUS, isDatabaseUnavailable } from '@muster/platform-core';
import { createErrorFormatter, DatabaseUnavailableInterceptor } from '@muster/platform-graphql';
import { workerDatabaseUrl } from '@muster/testing';

/** What node-postgres really throws when connecting to `port` fails. */
async function connectError(port: number, connectionTimeoutMillis = 0): Promise<Error> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    database: 'postgres',
    connectionTimeoutMillis,
  });
  client.on('error', () => undefined);
  return client.connect().then(
    () => Promise.reject(new Error('connected')),
    (error: Error) => error,
  );
}

/** What the pool the app uses throws when a new connection does not answer in time. */
async function poolConnectError(port: number): Promise<Error> {
  const pool = new Pool({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    database: 'postgres',
    connectionTimeoutMillis: 200,
  });
  try {
    return await pool.connect().then(
      () => Promise.reject(new Error('connected')),
      (error: Error) => error,
    );
  } finally {
    await pool.end();
  }
}

/** A listener that accepts connections and then hangs up (`drop`) or never answers. */
async function listener(behaviour: 'drop' | 'silent'): Promise<{ port: number; server: Server; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => (behaviour === 'drop' ? socket.destroy() : sockets.push(socket)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server, sockets };
}

/** A PostgreSQL error with `code`, as the server sends it (e.g. during a restart). */
function serverError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

describe('what counts as "the database cannot answer now"', () => {
  const closed: Server[] = [];
  afterAll(() => Promise.all(closed.map((s) => new Promise((resolve) => s.close(resolve)))));

  it('a refused connection, a connection dropped while connecting and connect timeouts', async () => {
    const dropping = await listener('drop');
    const silent = await listener('silent');
    closed.push(dropping.server, silent.server);
    const errors = [
      await connectError(1),
      await connectError(dropping.port),
      await connectError(silent.port, 200),
      await poolConnectError(silent.port),
    ];
    silent.sockets.forEach((s) => s.destroy());
    expect(errors.map((e) => [(e as { code?: string }).code ?? e.message, isDatabaseUnavailable(e)])).toEqual([
      ['ECONNREFUSED', true],
      ['Connection terminated unexpectedly', true],
      ['timeout expired', true],
      ['Connection terminated due to connection timeout', true],
    ]);
  });

  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
  ])('a server error %s, also wrapped by TypeORM and GraphQL', (code, message) => {
    const wrapped = new QueryFailedError('SELECT 1', [], serverError(code, message));
    expect([
      isDatabaseUnavailable(serverError(code, message)),
      isDatabaseUnavailable(new GraphQLError('x', { originalError: wrapped })),
    ]).toEqual([true, true]);
  });

  it('not a failing statement (syntax, division by zero) nor a domain answer: those are about the request', async () => {
    const db = new Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    try {
      const syntax = await db.query('SELEC 1').catch((e: Error) => e);
      const division = await db.query(`SELECT 1/0`).catch((e: Error) => e);
      const domain = [DomainError.unauthenticated(), DomainError.conflict('stale'), DomainError.serviceUnavailable()];
      expect([syntax, division, ...domain, undefined, 'ECONNREFUSED'].map(isDatabaseUnavailable)).toEqual(
        Array(7).fill(false),
      );
    } finally {
      await db.end();
    }
  });

  it('reaches a GraphQL caller as SERVICE_UNAVAILABLE, not a masked internal error, and is not reported per request', async () => {
    const reported: unknown[] = [];
    const format = createErrorFormatter(false, (e) => reported.push(e));
    const error = await connectError(1);
    const out = format(
      { message: error.message, path: ['organisations'] },
      new GraphQLError(error.message, { originalError: error }),
    );
    expect(out).toEqual({
      message: 'The service is temporarily unavailable; try again shortly',
      path: ['organisations'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(reported).toEqual([]);
  });

  it("reaches a REST handler's filter as SERVICE_UNAVAILABLE (503), other errors unchanged", async () => {
    const interceptor = new DatabaseUnavailableInterceptor(new DatabaseAvailability(pino({ level: 'silent' })));
    const failing = (error: Error) =>
      lastValueFrom(interceptor.intercept({} as ExecutionContext, { handle: () => throwError(() => error) })).catch(
        (e: unknown) => e,
      );
    const refused = await failing(await connectError(1));
    const other = new Error('something else');
    expect(refused).toBeInstanceOf(DomainError);
    const { code } = refused as DomainError;
    expect([code, HTTP_STATUS[code]]).toEqual(['SERVICE_UNAVAILABLE', 503]);
    expect(await failing(other)).toBe(other);
  });
});
