import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, isNonNullType, isObjectType } from 'graphql';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { MAX_PAGE_SIZE } from '@muster/platform-graphql';
import { createOrganisation, createUser, errorCode, TestApp, TestOrg, TestUser } from '@muster/testing';
import { subscribe } from '../notifications/live-client';
import { ResolverCounter, startCountedApp } from './resolver-counter';
import { operationDocument, operationVariables, Placeholder, plainPlaceholder, rootFields } from './schema-operations';

/**
 * The limits query-limits.spec.ts does not cover, each refused before any resolver runs
 * (every root handler is counted): batched (array) bodies, Apollo's CSRF prevention
 * (simple requests without a preflight header, mutations over GET), `first` above the
 * page maximum on every list of the schema, and the depth limit at its default on the
 * schema's own cycles (found, not written by hand).
 */
const ME = '{ me { kind } }';

describe('transport limits: batching, CSRF, page sizes and depth, refused before any resolver', () => {
  let t: TestApp;
  let counter: ResolverCounter;
  let icb: TestOrg;
  let admin: TestUser;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    ({ t, counter } = await startCountedApp());
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    schema = t.app.get(GraphQLSchemaHost).schema;
    // Two apps started (the resolver counter): slow on a busy machine.
  }, 180_000);
  afterAll(() => t.close());

  const url = () => `${t.baseUrl}/graphql`;
  const auth = () => ({ authorization: `Bearer ${admin.token}` });

  /** Runs `send` and returns its status, body and how many resolvers ran meanwhile. */
  async function observe(send: () => Promise<Response>): Promise<{ status: number; body: string; resolvers: number }> {
    const before = counter.total();
    const res = await send();
    const body = await res.text();
    return { status: res.status, body, resolvers: counter.total() - before };
  }

  it('runs a plain POST and a GET that carries a preflight header (so the refusals below are about the request)', async () => {
    const post = await observe(() =>
      fetch(url(), {
        method: 'POST',
        headers: { ...auth(), 'content-type': 'application/json' },
        body: JSON.stringify({ query: ME }),
      }),
    );
    expect([post.status, post.resolvers]).toEqual([200, 1]);
    const get = await observe(() =>
      fetch(`${url()}?${new URLSearchParams({ query: ME }).toString()}`, {
        headers: { ...auth(), 'apollo-require-preflight': 'true' },
      }),
    );
    expect([get.status, get.resolvers, (JSON.parse(get.body) as { data: unknown }).data]).toEqual([
      200,
      1,
      { me: { kind: 'USER' } },
    ]);
  });

  it('refuses a batched (array) body, of queries or of mutations, running none of them', async () => {
    const logout = 'mutation { logout(refreshToken: "not-a-token") }';
    for (const batch of [[{ query: ME }, { query: ME }], [{ query: ME }], [{ query: logout }, { query: logout }]]) {
      const res = await observe(() =>
        fetch(url(), {
          method: 'POST',
          headers: { ...auth(), 'content-type': 'application/json' },
          body: JSON.stringify(batch),
        }),
      );
      expect([res.status, res.resolvers]).toEqual([400, 0]);
      expect(res.body).toMatch(/batch/i);
    }
  });

  it('refuses simple requests a browser would send cross-site without a preflight (CSRF), running nothing', async () => {
    const body = JSON.stringify({ query: ME });
    const simple: [string, RequestInit][] = [
      ['POST text/plain', { method: 'POST', headers: { ...auth(), 'content-type': 'text/plain' }, body }],
      [
        'POST form-urlencoded',
        {
          method: 'POST',
          headers: { ...auth(), 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ query: ME }).toString(),
        },
      ],
      ['POST multipart', { method: 'POST', headers: auth(), body: formOf({ query: ME }) }],
      ['POST without a content type', { method: 'POST', headers: auth(), body: new Blob([body]) }],
    ];
    for (const [name, init] of simple) {
      const res = await observe(() => fetch(url(), init));
      expect([name, res.status, res.resolvers]).toEqual([name, 400, 0]);
    }
    const get = await observe(() =>
      fetch(`${url()}?${new URLSearchParams({ query: ME }).toString()}`, { headers: auth() }),
    );
    expect([get.status, get.resolvers]).toEqual([400, 0]);
    expect(get.body).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a mutation over GET, even with the preflight header, running nothing', async () => {
    const mutation = `mutation { createTeam(input: { organisationId: "${icb.id}", name: "Over GET", function: DIGITAL }) { id } }`;
    for (const query of [mutation, `query A { me { kind } } ${mutation.replace('mutation', 'mutation B')}`]) {
      const params = new URLSearchParams({ query, ...(query.includes('mutation B') ? { operationName: 'B' } : {}) });
      const res = await observe(() =>
        fetch(`${url()}?${params.toString()}`, { headers: { ...auth(), 'apollo-require-preflight': 'true' } }),
      );
      expect([res.status, res.resolvers]).toEqual([405, 0]);
    }
    const teams = await t.dataSource.query<unknown[]>(`SELECT 1 FROM team WHERE organisation_id = $1`, [icb.id]);
    expect(teams).toEqual([]);
  });

  /** Required arguments of a list: the caller's own organisation, otherwise plain values. */
  const placeholder: Placeholder = (owner, field, type) => {
    if (type.name !== 'ID') return plainPlaceholder(owner, field, type);
    return field === 'organisationId' ? icb.id : randomUUID();
  };

  it(`refuses \`first\` above ${MAX_PAGE_SIZE} on every list of the schema (BAD_USER_INPUT on first), and takes ${MAX_PAGE_SIZE}`, async () => {
    const lists = rootFields(schema).filter((root) => root.field.args.some((a) => a.name === 'first'));
    expect(lists.length).toBeGreaterThanOrEqual(15);
    const problems: string[] = [];
    for (const root of lists) {
      const document = operationDocument(root);
      for (const first of [MAX_PAGE_SIZE + 1, 2 ** 31 - 1]) {
        const before = counter.total();
        const res = await t.gql.request(
          document,
          operationVariables(root, placeholder, { path: ['first'], value: first }),
          { token: admin.token },
        );
        const fields = res.errors?.[0]?.extensions?.fields?.map((f) => f.field);
        if (errorCode(res) !== 'BAD_USER_INPUT' || !fields?.includes('first') || res.data !== null)
          problems.push(`${root.name}(first: ${first}): ${JSON.stringify(res)}`);
        if (counter.total() !== before) problems.push(`${root.name}(first: ${first}): a resolver ran`);
      }
      const max = await t.gql.request(
        document,
        operationVariables(root, placeholder, { path: ['first'], value: MAX_PAGE_SIZE }),
        { token: admin.token },
      );
      if (max.errors?.[0]?.extensions?.fields?.some((f) => f.field === 'first'))
        problems.push(`${root.name}(first: ${MAX_PAGE_SIZE}) refused: ${JSON.stringify(max.errors)}`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses a path deeper than the default depth (10) along a cycle of the schema, inline or through fragments', async () => {
    const path = deepPath(schema.getQueryType() as GraphQLObjectType, t.config.graphqlLimits.maxDepth + 1);
    expect(path).not.toBeNull();
    const fields = path as string[];
    const inline = fields.reduceRight((inner, field) => `${field} { ${inner} }`, '__typename');
    // The same path split across fragments (a fragment must not hide depth).
    const fragments = fields
      .map(
        (field, i) =>
          `fragment F${i} on ${typeAt(schema, fields, i)} { ${field} { ${i + 1 < fields.length ? `...F${i + 1}` : '__typename'} } }`,
      )
      .join(' ');
    const expected = `Invalid query: more than ${t.config.graphqlLimits.maxDepth} levels of nested fields (limit GRAPHQL_MAX_DEPTH)`;
    for (const query of [`{ ${inline} }`, `{ ...F0 } ${fragments}`]) {
      const before = counter.total();
      const res = await t.gql.request(query, {}, { token: admin.token });
      expect([errorCode(res), res.errors?.[0].message, res.data ?? null]).toEqual(['BAD_USER_INPUT', expected, null]);
      expect(counter.total()).toBe(before);
    }
    // Within the limit along the same cycle, it runs.
    const shallower = fields.slice(0, -2).reduceRight((inner, field) => `${field} { ${inner} }`, '__typename');
    expect((await t.gql.request(`{ ${shallower} }`, {}, { token: admin.token })).errors).toBeUndefined();
  });

  it('holds the token, depth and directive limits at graphql-ws subscribe too, running no subscription', async () => {
    const { maxDepth, maxTokens, maxDirectives } = t.config.graphqlLimits;
    const nested = Array.from({ length: maxDepth + 1 }, (_, i) => `f${i}`).reduceRight(
      (inner, f) => `${f} { ${inner} }`,
      'id',
    );
    const cases: [string, string][] = [
      [`subscription { notificationReceived { ${'id '.repeat(maxTokens)} } }`, `${maxTokens} tokens`],
      // No cycle of the schema is that deep below a subscription: the rule counts levels whatever the fields.
      [`subscription { notificationReceived { ${nested} } }`, `more than ${maxDepth} levels of nested fields`],
      [
        `subscription { notificationReceived { ${'id @include(if: true) '.repeat(maxDirectives + 1)} } }`,
        `more than ${maxDirectives} directives`,
      ],
    ];
    for (const [query, limit] of cases) {
      const before = counter.total();
      const live = subscribe<unknown>(t, { authorization: `Bearer ${admin.token}` }, query);
      const event = await live.next();
      await live.dispose();
      const messages = 'error' in event ? (event.error as { message: string }[]).map((e) => e.message) : [];
      expect([limit, messages.some((m) => m.includes(limit))]).toEqual([limit, true]);
      expect(counter.total()).toBe(before);
    }
  });
});

/** A multipart form body (a "simple" content type a cross-site form may send). */
function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}

/** Object fields `n` deep from `type` taking no required argument (a cycle of the schema makes one), or null. */
function deepPath(type: GraphQLObjectType, n: number): string[] | null {
  if (n === 0) return [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner: GraphQLNamedType = getNamedType(field.type);
    if (!isObjectType(inner)) continue;
    const rest = deepPath(inner, n - 1);
    if (rest) return [field.name, ...rest];
  }
  return null;
}

/** The type on which `fields[i]` is selected. */
function typeAt(schema: GraphQLSchema, fields: string[], i: number): string {
  let type = schema.getQueryType() as GraphQLObjectType;
  for (const field of fields.slice(0, i)) type = getNamedType(type.getFields()[field].type) as GraphQLObjectType;
  return type.name;
}
