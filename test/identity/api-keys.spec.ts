import { Role } from '@muster/platform-access';
import { API_KEY_ROLES, OrganisationKind } from '@muster/identity';
import {
  createOrganisation,
  createUser,
  errorCode,
  startTestApp,
  TEST_START,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name role organisationId createdAt lastUsedAt revokedAt } }
}`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const LIST = `query($organisationId: ID!, $first: Int, $after: String) {
  apiKeys(organisationId: $organisationId, first: $first, after: $after) {
    nodes { id name role lastUsedAt revokedAt } pageInfo { hasNextPage endCursor }
  }
}`;
// Any signed-in caller may ask who they are: the simplest authenticated query.
const ME = `{ me { kind label } }`;
const MINUTE = 60_000;

interface CreatedKey {
  secret: string;
  apiKey: {
    id: string;
    name: string;
    role: Role;
    organisationId: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
  };
}

describe('API keys', () => {
  let t: TestApp;
  let icb: TestOrg;
  let trust: TestOrg;
  let other: TestOrg;
  let orgAdmin: TestUser;
  let otherAdmin: TestUser;
  let sysAdmin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    trust = await createOrganisation(t);
    other = await createOrganisation(t);
    orgAdmin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }]);
    otherAdmin = await createUser(t, [{ organisationId: other.id, role: Role.ORG_ADMIN }]);
    sysAdmin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(TEST_START));

  let counter = 0;
  const create = async (token: string, organisationId = trust.id, role = Role.RESPONDER, name = `SIEM ${++counter}`) =>
    (await t.gql.ok<{ createApiKey: CreatedKey }>(CREATE, { input: { organisationId, role, name } }, { token }))
      .createApiKey;
  const events = (action: string, entityId: string) =>
    t.dataSource.query(
      `SELECT actor_type, actor_id, actor_label, organisation_id FROM audit_event WHERE action = $1 AND entity_id = $2`,
      [action, entityId],
    );

  it('lets an org admin create a key, shows the secret once and stores only its hash', async () => {
    const created = await create(orgAdmin.token, trust.id, Role.RESPONDER, 'SOC SIEM');
    expect(created.secret).toMatch(/^mst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({
      name: 'SOC SIEM',
      role: 'RESPONDER',
      organisationId: trust.id,
      lastUsedAt: null,
      revokedAt: null,
    });

    const [row] = await t.dataSource.query<{ json: string }[]>(
      `SELECT to_jsonb(k)::text AS json FROM api_key k WHERE id = $1`,
      [created.apiKey.id],
    );
    // The secret part may itself contain '_' (base64url): everything after the prefix.
    expect(row.json).not.toContain(created.secret.split('_').slice(2).join('_'));
    expect(await events('api_key.created', created.apiKey.id)).toEqual([
      { actor_type: 'USER', actor_id: orgAdmin.id, actor_label: orgAdmin.email, organisation_id: trust.id },
    ]);
    // Listing never shows a secret: the type has no such field.
    const listed = await t.gql.request(
      `query($o: ID!) { apiKeys(organisationId: $o) { nodes { secret } } }`,
      { o: trust.id },
      { token: orgAdmin.token },
    );
    expect(errorCode(listed)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('authenticates a request with the x-api-key header as the key, with its one role in its one organisation', async () => {
    const created = await create(orgAdmin.token, trust.id, Role.RESPONDER, 'Key that reads');
    const me = await t.gql.ok<{ me: { kind: string; label: string } }>(ME, {}, { apiKey: created.secret });
    expect(me.me).toEqual({ kind: 'API_KEY', label: 'Key that reads' });
    // A responder key holds no admin role: listing keys is refused.
    expect(errorCode(await t.gql.request(LIST, { organisationId: trust.id }, { apiKey: created.secret }))).toBe(
      'FORBIDDEN',
    );
  });

  it('cannot change a password: a machine is not a person', async () => {
    const created = await create(orgAdmin.token);
    const res = await t.gql.request(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`,
      { input: { currentPassword: 'anything at all', newPassword: 'orbit walrus lantern kettle' } },
      { apiKey: created.secret },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('records the last use to the minute, audited as api_key.used, without a write on every request', async () => {
    const created = await create(orgAdmin.token);
    await t.gql.ok(ME, {}, { apiKey: created.secret });
    // Within the minute, authenticating the key is one statement (the list itself is refused, costing none).
    const second = await t.gql.request(LIST, { organisationId: trust.id }, { apiKey: created.secret });
    expect(errorCode(second)).toBe('FORBIDDEN');
    expect(second.extensions?.sqlStatements).toBe(1);
    expect(await events('api_key.used', created.apiKey.id)).toEqual([
      {
        actor_type: 'API_KEY',
        actor_id: created.apiKey.id,
        actor_label: created.apiKey.name,
        organisation_id: trust.id,
      },
    ]);

    t.clock.advance(MINUTE);
    await t.gql.ok(ME, {}, { apiKey: created.secret });
    expect(await events('api_key.used', created.apiKey.id)).toHaveLength(2);
    const list = await t.gql.ok<{ apiKeys: { nodes: { id: string; lastUsedAt: string }[] } }>(
      LIST,
      { organisationId: trust.id, first: 100 },
      { token: orgAdmin.token },
    );
    expect(list.apiKeys.nodes.find((k) => k.id === created.apiKey.id)?.lastUsedAt).toBe(t.clock.now().toISOString());
  });

  it('refuses a revoked key on its next request, and a second revocation is a conflict', async () => {
    const created = await create(orgAdmin.token);
    await t.gql.ok(ME, {}, { apiKey: created.secret });
    const revoked = await t.gql.ok<{ revokeApiKey: { revokedAt: string } }>(
      REVOKE,
      { id: created.apiKey.id },
      { token: orgAdmin.token },
    );
    expect(revoked.revokeApiKey.revokedAt).toBe(t.clock.now().toISOString());
    expect(errorCode(await t.gql.request(ME, {}, { apiKey: created.secret }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql.request(REVOKE, { id: created.apiKey.id }, { token: orgAdmin.token }))).toBe(
      'CONFLICT',
    );
    expect(await events('api_key.revoked', created.apiKey.id)).toHaveLength(1);
  });

  it.each([
    ['garbage', 'not-a-key'],
    ['an unknown prefix', `mst_000000000000_${'a'.repeat(43)}`],
  ])('refuses %s in x-api-key with UNAUTHENTICATED', async (_name, key) => {
    expect(errorCode(await t.gql.request(ME, {}, { apiKey: key }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a real prefix with a wrong secret', async () => {
    const created = await create(orgAdmin.token);
    const prefix = created.secret.slice('mst_'.length, 'mst_'.length + 12);
    expect(errorCode(await t.gql.request(ME, {}, { apiKey: `mst_${prefix}_${'b'.repeat(43)}` }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql.request(ME, {}, { apiKey: created.secret }))).toBeUndefined();
  });

  it('refuses roles a machine may not hold, naming the field', async () => {
    const refused = Object.values(Role).filter((r) => !API_KEY_ROLES.includes(r));
    expect(refused).toEqual([Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.IG_OFFICER, Role.AUDITOR]);
    for (const role of refused) {
      const res = await t.gql.request(
        CREATE,
        { input: { organisationId: trust.id, role, name: 'Too powerful' } },
        { token: orgAdmin.token },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('role');
    }
  });

  it('authenticates no IG_OFFICER key made before machines were refused the role', async () => {
    const key = await create(orgAdmin.token, trust.id, Role.VIEWER, 'Old IG feed');
    expect(errorCode(await t.gql.request(ME, {}, { apiKey: key.secret }))).toBeUndefined();
    // As a key made when IG_OFFICER was still allowed is stored.
    await t.dataSource.query(`UPDATE api_key SET role = 'IG_OFFICER' WHERE id = $1`, [key.apiKey.id]);
    expect(errorCode(await t.gql.request(ME, {}, { apiKey: key.secret }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a second live key with the same name, but allows it once the first is revoked', async () => {
    const first = await create(orgAdmin.token, trust.id, Role.VIEWER, 'Duplicate name');
    const again = await t.gql.request(
      CREATE,
      { input: { organisationId: trust.id, role: Role.VIEWER, name: 'duplicate NAME' } },
      { token: orgAdmin.token },
    );
    expect(errorCode(again)).toBe('CONFLICT');
    await t.gql.ok(REVOKE, { id: first.apiKey.id }, { token: orgAdmin.token });
    await create(orgAdmin.token, trust.id, Role.VIEWER, 'Duplicate name');
  });

  it('pages through keys newest first with a cursor', async () => {
    const org = await createOrganisation(t);
    const admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await create(admin.token, org.id)).apiKey.id);
      t.clock.advance(1_000);
    }
    type Page = { apiKeys: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const page1 = await t.gql.ok<Page>(LIST, { organisationId: org.id, first: 2 }, { token: admin.token });
    expect(page1.apiKeys.nodes.map((k) => k.id)).toEqual([ids[2], ids[1]]);
    expect(page1.apiKeys.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql.ok<Page>(
      LIST,
      { organisationId: org.id, first: 2, after: page1.apiKeys.pageInfo.endCursor },
      { token: admin.token },
    );
    expect(page2.apiKeys.nodes.map((k) => k.id)).toEqual([ids[0]]);
    expect(page2.apiKeys.pageInfo.hasNextPage).toBe(false);
    const bad = await t.gql.request(
      LIST,
      { organisationId: org.id, after: 'bm90LWEtY3Vyc29y' },
      { token: admin.token },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  describe('across organisations', () => {
    it('answers NOT_FOUND for another organisation and changes nothing', async () => {
      const theirs = await create(otherAdmin.token, other.id);
      expect(
        errorCode(
          await t.gql.request(
            CREATE,
            { input: { organisationId: other.id, role: Role.VIEWER, name: 'Probe' } },
            { token: orgAdmin.token },
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(errorCode(await t.gql.request(REVOKE, { id: theirs.apiKey.id }, { token: orgAdmin.token }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql.request(LIST, { organisationId: other.id }, { token: orgAdmin.token }))).toBe(
        'NOT_FOUND',
      );
      await t.gql.ok(ME, {}, { apiKey: theirs.secret });
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM api_key WHERE organisation_id = $1`,
        [other.id],
      );
      expect(n).toBe(1);
    });

    it('answers NOT_FOUND for ids that do not exist, even to a system administrator', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const token of [orgAdmin.token, sysAdmin.token]) {
        expect(errorCode(await t.gql.request(REVOKE, { id: missing }, { token }))).toBe('NOT_FOUND');
        expect(errorCode(await t.gql.request(LIST, { organisationId: missing }, { token }))).toBe('NOT_FOUND');
        expect(
          errorCode(
            await t.gql.request(
              CREATE,
              { input: { organisationId: missing, role: Role.VIEWER, name: 'Ghost' } },
              { token },
            ),
          ),
        ).toBe('NOT_FOUND');
      }
    });
  });

  describe('who may do what', () => {
    type Caller = 'SYSTEM_ADMIN (elsewhere)' | 'ORG_ADMIN' | Role | 'AUDITOR (elsewhere)' | 'API key' | 'anonymous';
    const roleCallers = [Role.INCIDENT_COMMANDER, Role.IG_OFFICER, Role.EPRR_LEAD, Role.RESPONDER, Role.VIEWER];
    const callers: Record<string, { token?: string; apiKey?: string }> = {};

    beforeAll(async () => {
      callers['SYSTEM_ADMIN (elsewhere)'] = { token: sysAdmin.token };
      callers.ORG_ADMIN = { token: orgAdmin.token };
      callers['AUDITOR (elsewhere)'] = {
        token: (await createUser(t, [{ organisationId: icb.id, role: Role.AUDITOR }])).token,
      };
      for (const role of roleCallers)
        callers[role] = { token: (await createUser(t, [{ organisationId: trust.id, role }])).token };
      callers['API key'] = { apiKey: (await create(orgAdmin.token, trust.id, Role.INCIDENT_COMMANDER)).secret };
      callers.anonymous = {};
    });

    // [caller, createApiKey, revokeApiKey, apiKeys]: the code each gets in the trust's organisation.
    const matrix: [Caller, string, string, string][] = [
      ['SYSTEM_ADMIN (elsewhere)', 'OK', 'OK', 'OK'],
      ['ORG_ADMIN', 'OK', 'OK', 'OK'],
      ['AUDITOR (elsewhere)', 'FORBIDDEN', 'FORBIDDEN', 'OK'],
      ...roleCallers.map((r): [Caller, string, string, string] => [r, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']),
      ['API key', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ];

    it.each(matrix)('%s: createApiKey %s, revokeApiKey %s, apiKeys %s', async (caller, onCreate, onRevoke, onList) => {
      const auth = callers[caller];
      const outcome = (res: { errors?: unknown[] }) => errorCode(res as never) ?? 'OK';
      const victim = await create(orgAdmin.token);
      expect(
        outcome(
          await t.gql.request(
            CREATE,
            { input: { organisationId: trust.id, role: Role.VIEWER, name: `By ${caller} ${++counter}` } },
            auth,
          ),
        ),
      ).toBe(onCreate);
      expect(outcome(await t.gql.request(REVOKE, { id: victim.apiKey.id }, auth))).toBe(onRevoke);
      expect(outcome(await t.gql.request(LIST, { organisationId: trust.id }, auth))).toBe(onList);
    });
  });
});
