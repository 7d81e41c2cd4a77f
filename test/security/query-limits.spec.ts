import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import {
  createOrganisation,
  createUser,
  errorCode,
  GraphqlResponse,
  startTestApp,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { READINESS, SYSTEM_READINESS } from '../readiness/readiness-api';
import { RUNBOOK_FIELDS } from '../runbooks/runbook-api';

/**
 * Every operation is weighed before it runs: depth, aliases, directives, tokens and cost
 * (lower without credentials). Beyond a limit it is refused as BAD_USER_INPUT naming the
 * limit, and no resolver runs (`extensions.sqlStatements` is 0); the real app's largest
 * shapes still pass with the defaults.
 */
const aliased = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

function expectRefused(res: GraphqlResponse<unknown>, message: string) {
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0].message).toBe(`Invalid query: ${message}`);
  expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'query', message }]);
  expect(res.data ?? null).toBeNull();
  // Refused before any resolver: not one SQL statement (a guard's or a resolver's) ran.
  expect(res.extensions?.sqlStatements).toBe(0);
}

function expectRan(res: GraphqlResponse<unknown>) {
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.sqlStatements).toBeGreaterThan(0);
}

describe('query limits, with the defaults', () => {
  let t: TestApp;
  let icb: TestOrg;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());

  it('refuses 5,000 aliases of a field (the reported attack) by its size, before parsing it whole', async () => {
    const res = await t.gql.request(`{ ${aliased(5_000, 'serverInfo { version }')} }`, {}, { token: admin.token });
    expectRefused(res, 'more than 2000 tokens (limit GRAPHQL_MAX_TOKENS)');
  });

  it('refuses a document over 2,000 tokens even without aliases (one field repeated merges into one)', async () => {
    const res = await t.gql.request(
      `query ($id: ID!) { organisation(id: $id) { ${'id '.repeat(2_100)} } }`,
      { id: icb.id },
      { token: admin.token },
    );
    expectRefused(res, 'more than 2000 tokens (limit GRAPHQL_MAX_TOKENS)');
  });

  it('refuses 16 aliases and runs 15', async () => {
    const query = (n: number) => `query ($id: ID!) { ${aliased(n, 'organisation(id: $id) { id }')} }`;
    expectRefused(
      await t.gql.request(query(16), { id: icb.id }, { token: admin.token }),
      'more than 15 aliases (limit GRAPHQL_MAX_ALIASES)',
    );
    expectRan(await t.gql.request(query(15), { id: icb.id }, { token: admin.token }));
  });

  it('refuses 51 directives and runs 50', async () => {
    const query = (n: number) =>
      `query ($id: ID!) { organisation(id: $id) { id ${'name @include(if: true) '.repeat(n)} } }`;
    expectRefused(
      await t.gql.request(query(51), { id: icb.id }, { token: admin.token }),
      'more than 50 directives (limit GRAPHQL_MAX_DIRECTIVES)',
    );
    expectRan(await t.gql.request(query(50), { id: icb.id }, { token: admin.token }));
  });

  it('weighs pages by `first`, from a variable too: three full pages of runbooks are refused, a page of 100 runs', async () => {
    const pages = (n: number) =>
      `query ($first: Int) { ${aliased(n, `runbooks(first: $first) { nodes { ${RUNBOOK_FIELDS} versions { id versionNumber approvedAt approvedBy { id } } } pageInfo { hasNextPage endCursor } }`)} }`;
    const res = await t.gql.request(pages(3), { first: 100 }, { token: admin.token });
    expect(res.errors?.[0].message).toMatch(/^Invalid query: costs \d+, more than 10000 \(limit GRAPHQL_MAX_COST\)$/);
    expectRefused(res, res.errors?.[0].message.replace('Invalid query: ', '') ?? '');
    // The same three pages at the default page size (20), and one page of 100, are fine.
    expectRan(await t.gql.request(pages(3), {}, { token: admin.token }));
    expectRan(await t.gql.request(pages(1), { first: 100 }, { token: admin.token }));
  });

  it('runs the largest shapes the app asks for: readiness, the matrix, audit trail and directory pages of 100', async () => {
    expectRan(await t.gql.request(READINESS, { organisationId: icb.id }, { token: admin.token }));
    expectRan(await t.gql.request(SYSTEM_READINESS, {}, { token: admin.token }));
    const trail = `query ($first: Int) { auditTrail(first: $first) { nodes { id seq chainId organisationId occurredAt action entityType entityId summary roles requestId clientAddress changes hash prevHash } pageInfo { hasNextPage endCursor } } }`;
    expectRan(await t.gql.request(trail, { first: 100 }, { token: admin.token }));
    const people = `query ($id: ID!) { users(organisationId: $id, first: 100) { nodes { id email displayName active version memberships { id role grantedAt organisation { id name } team { id name } } } pageInfo { hasNextPage endCursor } } }`;
    expectRan(await t.gql.request(people, { id: icb.id }, { token: admin.token }));
    // The deepest path the schema has: 6 levels.
    const deepest = `{ me { user { memberships { organisation { teams { id } } } } } }`;
    expectRan(await t.gql.request(deepest, {}, { token: admin.token }));
  });

  describe('fields anyone may call (without credentials)', () => {
    const LOGOUT = (n: number) => `mutation { ${aliased(n, 'logout(refreshToken: "not-a-token")')} }`;

    it('refuses 6 aliased sign-outs (6 session look-ups) before any of them runs, and runs one', async () => {
      expectRefused(
        await t.gql.request(LOGOUT(6)),
        'costs 60 in fields anyone may call, more than 50 (limit GRAPHQL_MAX_COST_ANONYMOUS)',
      );
      const once = await t.gql.request(LOGOUT(1));
      expect(errorCode(once)).not.toBe('BAD_USER_INPUT');
      expect(once.extensions?.sqlStatements).toBeGreaterThan(0);
    });

    it('refuses the reported 5,000 aliased sign-outs', async () => {
      const res = await t.gql.request(LOGOUT(5_000));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.extensions?.sqlStatements).toBe(0);
    });

    it('still signs in, and still answers UNAUTHENTICATED (not a cost) for a page that needs credentials', async () => {
      const login = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresAt user { id email displayName } } }`;
      const res = await t.gql.request(login, { input: { email: admin.email, password: admin.password } });
      expect(res.errors).toBeUndefined();
      const page = `{ auditTrail(first: 100) { nodes { id action summary } } }`;
      expect(errorCode(await t.gql.request(page))).toBe('UNAUTHENTICATED');
    });

    it('holds the same ceiling with credentials, real or forged (a header is not verified yet when the cost is weighed)', async () => {
      const refused = 'costs 60 in fields anyone may call, more than 50 (limit GRAPHQL_MAX_COST_ANONYMOUS)';
      expectRefused(await t.gql.request(LOGOUT(6), {}, { token: admin.token }), refused);
      expectRefused(await t.gql.request(LOGOUT(6), {}, { headers: { authorization: 'Bearer forged' } }), refused);
      expectRefused(await t.gql.request(LOGOUT(6), {}, { apiKey: 'mst_forged' }), refused);
    });
  });
});

describe('query limits are configurable', () => {
  let t: TestApp;
  let icb: TestOrg;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        GRAPHQL_MAX_DEPTH: '3',
        GRAPHQL_MAX_ALIASES: '2',
        GRAPHQL_MAX_DIRECTIVES: '1',
        GRAPHQL_MAX_TOKENS: '200',
        GRAPHQL_MAX_COST: '500',
        GRAPHQL_MAX_COST_ANONYMOUS: '25',
      },
    });
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());

  const as = (query: string, variables: Record<string, unknown> = { id: icb.id }) =>
    t.gql.request(query, variables, { token: admin.token });

  it('reads each limit from its variable', async () => {
    expectRefused(
      await as(`{ me { user { memberships { id } } } }`, {}),
      'more than 3 levels of nested fields (limit GRAPHQL_MAX_DEPTH)',
    );
    expectRan(await as(`query ($id: ID!) { organisation(id: $id) { teams { id } } }`));
    expectRefused(
      await as(`query ($id: ID!) { ${aliased(3, 'organisation(id: $id) { id }')} }`),
      'more than 2 aliases (limit GRAPHQL_MAX_ALIASES)',
    );
    expectRefused(
      await as(`query ($id: ID!) { organisation(id: $id) { id @include(if: true) name @include(if: true) } }`),
      'more than 1 directives (limit GRAPHQL_MAX_DIRECTIVES)',
    );
    expectRefused(
      await as(`query ($id: ID!) { organisation(id: $id) { ${'id '.repeat(200)} } }`),
      'more than 200 tokens (limit GRAPHQL_MAX_TOKENS)',
    );
    expectRefused(
      await as(`{ organisations(first: 100) { nodes { id name odsCode kind } } }`, {}),
      'costs 501, more than 500 (limit GRAPHQL_MAX_COST)',
    );
    expectRan(await as(`{ organisations(first: 99) { nodes { id name odsCode kind } } }`, {}));
    const logouts = `mutation { logout(refreshToken: "x") ${aliased(2, 'logout(refreshToken: "x")')} }`;
    expectRefused(
      await t.gql.request(logouts),
      'costs 30 in fields anyone may call, more than 25 (limit GRAPHQL_MAX_COST_ANONYMOUS)',
    );
  });
});
