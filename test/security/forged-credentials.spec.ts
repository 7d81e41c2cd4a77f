import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import { createOrganisation, createUser, errorCode, TestApp, TestOrg, TestUser } from '@muster/testing';
import { ResolverCounter, startCountedApp } from './resolver-counter';
import { connectWs, CredentialFixtures, Credentials, decodePayload, forgedCredentials } from './forged-credentials';

/**
 * The forged and stale credentials of the security suite, one list over both transports:
 * HTTP (a query and a mutation) and the graphql-ws connection_init. Each is refused —
 * UNAUTHENTICATED over HTTP, the socket closed with 4403 before any acknowledgement — and
 * no resolver of the app runs (every root handler is counted). The live credentials of the
 * same people pass, so each refusal is about the forgery.
 */
const ME = `{ me { kind label } }`;
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`;
const LOGOUT = `mutation ($token: String!) { logout(refreshToken: $token) }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateUser(id: $id) { id } }`;
const SUBSCRIBE = `subscription { notificationReceived { id } }`;

describe('forged and stale credentials are refused over HTTP and graphql-ws, and no resolver runs', () => {
  let t: TestApp;
  let counter: ResolverCounter;
  let org: TestOrg;
  let admin: TestUser;
  let fixtures: CredentialFixtures;
  /** Built once: signing with fresh RSA and EC keys is slow, and a long pause between requests lets a kept-alive connection lapse. */
  let forged: [string, Credentials][];

  beforeAll(async () => {
    ({ t, counter } = await startCountedApp());
    org = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    const as = (role: Role) => createUser(t, [{ organisationId: org.id, role }]);
    const viewer = await as(Role.VIEWER);
    const signedOut = await as(Role.ORG_ADMIN);
    await t.gql.ok(LOGOUT, { token: signedOut.refreshToken }, { token: signedOut.token });
    const changed = await as(Role.ORG_ADMIN);
    await t.gql.ok(
      CHANGE_PASSWORD,
      { input: { currentPassword: changed.password, newPassword: `${changed.password} changed` } },
      { token: changed.token },
    );
    const deactivated = await as(Role.ORG_ADMIN);
    await t.gql.ok(DEACTIVATE, { id: deactivated.id }, { token: admin.token });
    const key = async () =>
      (
        await t.gql.ok<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
          CREATE_KEY,
          { input: { organisationId: org.id, role: Role.RESPONDER, name: 'SIEM' } },
          { token: admin.token },
        )
      ).createApiKey;
    const revoked = await key();
    await t.gql.ok(REVOKE_KEY, { id: revoked.apiKey.id }, { token: admin.token });
    const live = await key();
    fixtures = {
      claims: decodePayload(admin.token),
      adminToken: admin.token,
      viewerToken: viewer.token,
      latestNow: Math.floor(Math.max(Date.now(), t.clock.now().getTime()) / 1000),
      accessTokenTtlSeconds: t.config.auth.accessTokenTtlSeconds,
      signedOutToken: signedOut.token,
      passwordChangedToken: changed.token,
      deactivatedToken: deactivated.token,
      revokedApiKey: revoked.secret,
      liveApiKey: live.secret,
    };
    forged = forgedCredentials(fixtures);
    // Two apps started (the resolver counter) and five people signed in (argon2): slow on a busy machine.
  }, 180_000);
  afterAll(() => t.close());

  const http = (query: string, variables: Record<string, unknown>, credentials: Credentials) =>
    t.gql.request(query, variables, { headers: credentials });
  const teamInput = () => ({
    input: { organisationId: org.id, name: `Forged ${Math.random()}`, function: TeamFunction.DIGITAL },
  });

  it('runs the resolvers for the live credentials the forgeries are made from (so the counter can move)', async () => {
    const before = counter.total();
    expect((await http(ME, {}, { authorization: `Bearer ${admin.token}` })).errors).toBeUndefined();
    expect((await http(ME, {}, { 'x-api-key': fixtures.liveApiKey })).errors).toBeUndefined();
    expect((await http(CREATE_TEAM, teamInput(), { authorization: `Bearer ${admin.token}` })).errors).toBeUndefined();
    expect(counter.total()).toBe(before + 3);
    expect([counter.calls.get('Query.me'), counter.calls.get('Mutation.createTeam')]).toEqual([2, 1]);

    const ws = await connectWs(t, { authorization: `Bearer ${admin.token}` });
    expect(ws.acked).toBe(true);
    if (!ws.acked) return;
    const subscribed = new Promise<void>((resolve) => {
      const poll = () =>
        (counter.calls.get('Subscription.notificationReceived') ?? 0) > 0 ? resolve() : setImmediate(poll);
      poll();
    });
    ws.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIBE } }));
    await subscribed;
    ws.socket.close();
  });

  const table = () => forged;

  it('has the whole forged set (every case named once)', () => {
    const names = table().map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it('refuses every forgery over HTTP with UNAUTHENTICATED, a query and a mutation alike, running no resolver', async () => {
    const accepted: string[] = [];
    const before = counter.total();
    for (const [name, credentials] of table()) {
      for (const [query, variables] of [
        [ME, {}],
        [CREATE_TEAM, teamInput()],
      ] as const) {
        const res = await http(query, variables, credentials);
        if (errorCode(res) !== 'UNAUTHENTICATED' || res.data !== null || res.status !== 200 || res.errors?.length !== 1)
          accepted.push(`${name}: ${JSON.stringify(res)}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(counter.total()).toBe(before);
  });

  it('refuses every forgery at graphql-ws connection_init (4403, never acknowledged), running no resolver', async () => {
    const accepted: string[] = [];
    const before = counter.total();
    for (const [name, credentials] of table()) {
      const outcome = await connectWs(t, credentials);
      if (outcome.acked) {
        accepted.push(`${name}: acknowledged`);
        outcome.socket.close();
      } else if (outcome.code !== 4403) accepted.push(`${name}: closed ${outcome.code}`);
    }
    expect(accepted).toEqual([]);
    expect(counter.total()).toBe(before);
  });
});
