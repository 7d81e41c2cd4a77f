import { Writable } from 'node:stream';
import pino from 'pino';
import { startTestApp, TestApp } from '@muster/testing';

/**
 * graphql-js reports the first 50 invalid values of a variable one by one, then gives up
 * with an error of its own that carries no code. That is still the caller's bad input:
 * BAD_USER_INPUT, and nothing logged as a server error.
 */
describe('a variable with more invalid values than graphql-js reports', () => {
  const logged: { level: number; msg: string }[] = [];
  let t: TestApp;

  beforeAll(async () => {
    // The server's logger, captured: anything at warn or above is kept for the assertions.
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(JSON.parse(String(chunk)) as { level: number; msg: string });
        done();
      },
    });
    t = await startTestApp({ logger: pino({ level: 'warn' }, sink) });
  });
  afterAll(() => t.close());

  const CREATE_RUNBOOK = 'mutation ($input: CreateRunbookInput!) { createRunbook(input: $input) { id } }';
  const input = (invalid: number) => ({
    organisationId: '00000000-0000-4000-8000-000000000000',
    title: 'Ransomware response',
    categories: Array.from({ length: invalid }, (_, i) => `NOT_A_CATEGORY_${i}`),
  });

  it('answers 60 invalid list entries with BAD_USER_INPUT only, and logs no error', async () => {
    const res = await t.gql.request(CREATE_RUNBOOK, { input: input(60) });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(51);
    expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(res.errors?.[50]).toMatchObject({
      message: 'Invalid variables: too many invalid values; the errors before this one list the first of them',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'variables', message: 'too many invalid values; the errors before this one list the first of them' },
        ],
      },
    });
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('answers 50 the same way, each one named', async () => {
    const res = await t.gql.request(CREATE_RUNBOOK, { input: input(50) });
    expect(res.errors).toHaveLength(50);
    expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });
});

/**
 * A DateTime the database cannot store (JavaScript dates reach 271,821 BC, PostgreSQL's 4713
 * BC) is the caller's bad input, as a variable or written in the document — once it was a 500
 * ("timestamp out of range") wherever a date went into a row (found by fuzz-mutations).
 */
describe('a DateTime outside the years 1 to 9999', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const TRAIL = 'query ($from: DateTime) { auditTrail(filter: { from: $from }, first: 1) { nodes { id } } }';

  it.each(['-021634-10-22T21:31:23.234Z', '-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z'])(
    'refuses %s: BAD_USER_INPUT as a variable, an invalid document as a literal',
    async (from) => {
      const asVariable = await t.gql.request(TRAIL, { from });
      expect(asVariable.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(asVariable.errors?.[0]?.message).toContain('between the years 1 and 9999');
      const literal = await t.gql.request(
        `{ auditTrail(filter: { from: ${JSON.stringify(from)} }, first: 1) { nodes { id } } }`,
      );
      // Written in the document, it makes the document invalid (graphql-js's rule for literals).
      expect(literal.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(literal.errors?.[0]?.message).toContain('between the years 1 and 9999');
    },
  );

  it('still takes the first and last instants it allows', async () => {
    for (const from of ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z']) {
      const res = await t.gql.request(TRAIL, { from });
      expect(res.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('BAD_USER_INPUT');
    }
  });
});
