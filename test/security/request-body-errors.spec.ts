import { Writable } from 'node:stream';
import pino from 'pino';
import { startTestApp, TestApp } from '@muster/testing';

/**
 * A body the body parser refuses is the caller's doing: BAD_USER_INPUT naming `body` with
 * the parser's status, never a 500 logged as a server error (found by fuzz-mutations: a
 * variable of a megabyte was answered 500 "Internal server error").
 */
describe('a request body the server will not read', () => {
  const logged: { level: number; msg: string }[] = [];
  let t: TestApp;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(JSON.parse(String(chunk)) as { level: number; msg: string });
        done();
      },
    });
    t = await startTestApp({ logger: pino({ level: 'warn' }, sink) });
  });
  afterAll(() => t.close());

  const post = async (body: string) => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: res.status, body: await res.json() };
  };

  it('answers a body over the 1 MB limit with 413 and BAD_USER_INPUT naming body, and logs no error', async () => {
    const title = 'x'.repeat(1_100_000);
    const res = await post(
      JSON.stringify({ query: 'mutation ($t: String!) { t: __typename }', variables: { t: title } }),
    );
    expect(res).toEqual({
      status: 413,
      body: {
        code: 'BAD_USER_INPUT',
        message: 'Invalid body: larger than the limit of 1048576 bytes',
        fields: [{ field: 'body', message: 'larger than the limit of 1048576 bytes' }],
      },
    });
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
  });
});
