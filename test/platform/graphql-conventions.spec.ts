import { startTestApp, TEST_START, TestApp, errorCode } from '@muster/testing';

describe('GraphQL conventions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(TEST_START));

  it('reads time from the injected clock', async () => {
    t.clock.set('2027-01-02T03:04:05Z');
    const data = await t.gql.ok<{ serverInfo: { now: string; environment: string } }>(
      '{ serverInfo { now environment } }',
    );
    expect(data.serverInfo).toEqual({ now: '2027-01-02T03:04:05.000Z', environment: 'test' });
  });

  it('gives each operation a request id, echoing a well-formed one from the caller', async () => {
    const res = await fetch(t.gql.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc-12345' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-12345');
    const other = await fetch(t.gql.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ ${'a { '.repeat(12)}b${' }'.repeat(12)} }`;
    const res = await t.gql.request(deep);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('GRAPHQL_MAX_DEPTH');
  });

  it('reports a syntax error without internals', async () => {
    const res = await t.gql.request('{ serverInfo { ');
    expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|node_modules|\/work\//);
  });
});
