import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createTeam, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { email, Q } from './directory.operations';

const USERS_DEEP = `query($organisationId: ID!, $first: Int) {
  users(organisationId: $organisationId, first: $first) {
    nodes { id memberships { role grantedAt organisation { id name } team { id name } } }
  } }`;

const ORGANISATIONS_DEEP = `query($first: Int) {
  organisations(first: $first) { nodes { id teams { id name function } } } }`;

interface UsersDeep {
  users: {
    nodes: { id: string; memberships: { role: string; organisation: { id: string }; team: { id: string } | null }[] }[];
  };
}

describe('directory: nested fields and what the caller sees', () => {
  let t: TestApp;
  let icb: TestOrg;
  let trust: TestOrg;
  let admin: TestUser;
  let trustAdmin: TestUser;
  let digital: string;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    trust = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    trustAdmin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }]);
    digital = (await createTeam(t, trust.id, TeamFunction.DIGITAL, 'Digital Services')).id;
    // 21 people in the trust, each also a viewer at the ICB: a page of 20 with two memberships each.
    for (let i = 0; i < 21; i++) {
      const input = {
        organisationId: trust.id,
        email: email(`p${i}`),
        displayName: `Person ${i}`,
        role: 'RESPONDER',
        teamId: digital,
      };
      const { createUser: u } = await t.gql.ok<{ createUser: { id: string } }>(
        Q.createUser,
        { input },
        { token: admin.token },
      );
      await t.gql.ok(
        Q.grantRole,
        { input: { userId: u.id, organisationId: icb.id, role: 'VIEWER' } },
        { token: admin.token },
      );
    }
    for (let i = 0; i < 20; i++) await createOrganisation(t);
  });
  afterAll(() => t.close());

  it('costs the same number of SQL statements for a page of 2 people as for a page of 20', async () => {
    const small = await t.gql.request<UsersDeep>(
      USERS_DEEP,
      { organisationId: trust.id, first: 2 },
      { token: admin.token },
    );
    const large = await t.gql.request<UsersDeep>(
      USERS_DEEP,
      { organisationId: trust.id, first: 20 },
      { token: admin.token },
    );
    expect(small.errors).toBeUndefined();
    expect(large.data?.users.nodes).toHaveLength(20);
    expect(large.data?.users.nodes.every((n) => n.memberships.length >= 2)).toBe(true);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    // principal + page + memberships + organisations + teams
    expect(large.extensions?.sqlStatements).toBeLessThanOrEqual(5);
  });

  it("costs the same number of SQL statements for 2 organisations' teams as for 20", async () => {
    const small = await t.gql.request(ORGANISATIONS_DEEP, { first: 2 }, { token: admin.token });
    const large = await t.gql.request<{ organisations: { nodes: unknown[] } }>(
      ORGANISATIONS_DEEP,
      { first: 20 },
      { token: admin.token },
    );
    expect(large.data?.organisations.nodes).toHaveLength(20);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it('shows an org admin only the memberships in organisations they can see', async () => {
    const res = await t.gql.ok<UsersDeep>(
      USERS_DEEP,
      { organisationId: trust.id, first: 5 },
      { token: trustAdmin.token },
    );
    const organisations = new Set(res.users.nodes.flatMap((n) => n.memberships.map((m) => m.organisation.id)));
    expect([...organisations]).toEqual([trust.id]);
    const full = await t.gql.ok<UsersDeep>(USERS_DEEP, { organisationId: trust.id, first: 5 }, { token: admin.token });
    expect(new Set(full.users.nodes.flatMap((n) => n.memberships.map((m) => m.organisation.id)))).toEqual(
      new Set([trust.id, icb.id]),
    );
  });

  it('pages through people by name without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { users: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await t.gql.ok(Q.users, { organisationId: trust.id, first: 7, after }, { token: trustAdmin.token });
      seen.push(...page.users.nodes.map((n) => n.id));
      after = page.users.pageInfo.hasNextPage ? page.users.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(22);
    expect(new Set(seen).size).toBe(22);
  });

  it('tells a person who they are and the roles they act with', async () => {
    const person = await createUser(t, [
      { organisationId: trust.id, role: Role.RESPONDER, teamId: digital },
      { organisationId: icb.id, role: Role.INCIDENT_COMMANDER },
    ]);
    const { me } = await t.gql.ok<{ me: { kind: string; label: string; user: { id: string }; grants: unknown[] } }>(
      Q.me,
      {},
      { token: person.token },
    );
    expect(me).toMatchObject({ kind: 'USER', label: person.email, user: { id: person.id, email: person.email } });
    expect(me.grants).toEqual(
      expect.arrayContaining([
        { role: 'RESPONDER', organisation: { id: trust.id }, team: { id: digital } },
        { role: 'INCIDENT_COMMANDER', organisation: { id: icb.id }, team: null },
      ]),
    );
  });

  it('answers me for an API key with no user: a machine is not a person', async () => {
    const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
    const orgAdmin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }]);
    const { createApiKey } = await t.gql.ok<{ createApiKey: { secret: string } }>(
      CREATE,
      { input: { organisationId: trust.id, role: 'RESPONDER', name: 'SOC SIEM' } },
      { token: orgAdmin.token },
    );
    const { me } = await t.gql.ok<{ me: unknown }>(Q.me, {}, { apiKey: createApiKey.secret });
    expect(me).toEqual({
      kind: 'API_KEY',
      label: 'SOC SIEM',
      user: null,
      grants: [{ role: 'RESPONDER', organisation: { id: trust.id }, team: null }],
    });
  });
});
