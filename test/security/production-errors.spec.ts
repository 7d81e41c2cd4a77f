import { randomBytes } from 'node:crypto';
import { GraphqlResponse, startTestApp, TestApp } from '@muster/testing';

/**
 * Introspection is off in production, so errors must not teach the schema either: no
 * "Did you mean …" suggestions (fields, arguments, enum values, input fields, in validation
 * and in variables), and no name the request did not itself contain.
 */
const CASES: { name: string; query: string; variables?: Record<string, unknown>; production: string }[] = [
  {
    name: 'a misspelt field',
    query: '{ organisatons(first: 1) { nodes { id } } }',
    production: 'Cannot query field "organisatons" on type "[hidden]".',
  },
  {
    name: 'a misspelt argument',
    query: '{ organisations(frist: 1) { nodes { id } } }',
    production: 'Unknown argument "frist" on field "[hidden]".',
  },
  {
    name: 'a misspelt enum value',
    query: '{ runbooks(filter: { status: APROVED }) { nodes { id } } }',
    production: 'Value "APROVED" does not exist in "[hidden]" enum.',
  },
  {
    name: 'a misspelt enum value in a variable',
    query: 'query ($f: RunbookFilter) { runbooks(filter: $f) { nodes { id } } }',
    variables: { f: { status: 'APROVED' } },
    production:
      'Variable "$f" got invalid value "APROVED" at "f.status"; Value "APROVED" does not exist in "[hidden]" enum.',
  },
  {
    name: 'a misspelt input field in a variable',
    query: 'query ($f: RunbookFilter) { runbooks(filter: $f) { nodes { id } } }',
    variables: { f: { statuss: 'DRAFT' } },
    production:
      'Variable "$f" got invalid value { statuss: "DRAFT" }; Field "statuss" is not defined by type "RunbookFilter".',
  },
  {
    name: 'a required input field left out',
    query: 'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
    variables: { input: { organisationId: 'x', function: 'DIGITAL' } },
    production:
      'Variable "$input" got invalid value { organisationId: "x", function: "DIGITAL" }; Field "[hidden]" of required type "[hidden]" was not provided.',
  },
  {
    name: 'an object without a selection',
    query: '{ me }',
    production: 'Field "me" of type "[hidden]" must have a selection of subfields.',
  },
];

describe('errors in production hide the schema', () => {
  let production: TestApp;
  let development: TestApp; // NODE_ENV=test: suggestions kept, as in development

  beforeAll(async () => {
    // Production refuses the harness's shipped secrets: fresh random ones.
    const secret = () => randomBytes(32).toString('base64');
    production = await startTestApp({
      env: { NODE_ENV: 'production', JWT_SECRET: secret(), AUDIT_HMAC_KEY: secret() },
    });
    development = await startTestApp();
  });
  afterAll(async () => {
    await production?.close();
    await development?.close();
  });

  it.each(CASES)('$name', async ({ query, variables, production: expected }) => {
    const res = await production.gql.request(query, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].message).toBe(expected);
    expectNothingTaught(res, query, variables);
    // Outside production the help stays (so this test would see a leak).
    const dev = await development.gql.request(query, variables);
    expect(dev.errors?.[0].message).not.toBe(expected);
  });

  it('still refuses introspection', async () => {
    const res = await production.gql.request('{ __schema { types { name } } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data ?? null).toBeNull();
  });

  const INTROSPECTIONS = [
    '{ __type(name: "Incident") { fields { name } } }',
    '{ s: __schema { queryType { name } } }',
    '{ ... on Query { __schema { types { name } } } }',
    'query { ...I } fragment I on Query { __type(name: "Query") { name } }',
    '{ __typename __schema { types { name } } }',
  ];

  it.each(INTROSPECTIONS)('refuses introspection however it is written: %s', async (query) => {
    const res = await production.gql.request(query);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.data ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toMatch(/"Incident"|queryType/);
    // Outside production it is answered (so this test would see it served).
    expect((await development.gql.request(query)).errors).toBeUndefined();
  });

  it('refuses introspection over GET too, and still answers __typename', async () => {
    const get = await fetch(
      `${production.baseUrl}/graphql?${new URLSearchParams({ query: INTROSPECTIONS[0] }).toString()}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    const body = (await get.json()) as GraphqlResponse<unknown>;
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await production.gql.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

/** No suggestion, and every quoted name in every message is one the request contains. */
function expectNothingTaught(res: GraphqlResponse<unknown>, query: string, variables: Record<string, unknown> = {}) {
  const sent = new Set(`${query} ${JSON.stringify(variables)}`.match(/[_A-Za-z]\w*/g));
  for (const { message } of res.errors ?? []) {
    expect(message).not.toMatch(/did you mean/i);
    for (const [, quoted] of message.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      for (const name of quoted.match(/[_A-Za-z]\w*/g) ?? [])
        if (name !== 'hidden') expect([name, sent.has(name)]).toEqual([name, true]);
    }
  }
}
