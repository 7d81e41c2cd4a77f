import { Role } from '@muster/platform-access';
import {
  createOrganisation,
  createUser,
  errorCode,
  MailSink,
  startMailSink,
  startTestApp,
  TEST_START,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { tick } from '../notifications/notification-api';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const SEND = `mutation ($userId: ID!) { sendInvitation(userId: $userId) { id } }`;
const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateUser(id: $id) { id active } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const PASSWORD = 'correct horse battery staple pilot';

/** Account invitations, through GraphQL, with the email caught by a local SMTP sink. */
describe('account invitations', () => {
  let sink: MailSink;
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let admin: TestUser;
  let otherAdmin: TestUser;

  beforeAll(async () => {
    sink = await startMailSink();
    t = await startTestApp({ env: { ...sink.env, PUBLIC_URL: 'https://muster.example.nhs.uk/' } });
    org = await createOrganisation(t);
    other = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    otherAdmin = await createUser(t, [{ organisationId: other.id, role: Role.ORG_ADMIN }]);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(() => t.clock.set(TEST_START));

  let n = 0;
  async function invite(): Promise<{ id: string; email: string }> {
    n += 1;
    const email = `invited-${n}-${Date.now()}@example.nhs.uk`;
    const { createUser: user } = await t.gql.ok<{ createUser: { id: string; email: string } }>(
      CREATE,
      { input: { organisationId: org.id, email, displayName: `Invited Person ${n}`, role: Role.VIEWER } },
      { token: admin.token },
    );
    return user;
  }

  /** The tokens of the links emailed to the address, oldest first. */
  async function emailedTokens(email: string): Promise<string[]> {
    await tick(t);
    return sink.received
      .filter((m) => m.to === email)
      .map((m) => {
        const link = /https:\/\/muster\.example\.nhs\.uk\/welcome\?token=([A-Za-z0-9_-]+)/.exec(m.text);
        if (!link) throw new Error(`no welcome link in: ${m.text}`);
        return link[1];
      });
  }

  const accept = (token: string, password = PASSWORD) => t.gql.request(ACCEPT, { token, password });
  const login = (email: string, password = PASSWORD) => t.gql.request(LOGIN, { input: { email, password } });
  const field = (res: { errors?: { extensions?: { fields?: { field: string }[] } }[] }) =>
    res.errors?.[0].extensions?.fields?.[0].field;

  async function events(userId: string): Promise<string[]> {
    const rows: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'user.%' ORDER BY seq`,
      [userId],
    );
    return rows.map((r) => r.action);
  }

  it('emails a person created without a password a link that sets it once; they then sign in', async () => {
    const person = await invite();
    const [token] = await emailedTokens(person.email);
    const mail = sink.received.find((m) => m.to === person.email);
    expect(mail?.subject).toBe('Set your password for Muster');
    expect(mail?.text).toContain(org.name);
    expect(errorCode(await login(person.email))).toBe('UNAUTHENTICATED');

    const stored: { token_hash: string }[] = await t.dataSource.query(
      `SELECT token_hash FROM user_invitation WHERE user_id = $1`,
      [person.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);

    expect((await accept(token)).data).toEqual({ acceptInvitation: true });
    expect(errorCode(await login(person.email))).toBeUndefined();
    const again = await accept(token, 'another horse battery staple pilot');
    expect([errorCode(again), field(again)]).toEqual(['BAD_USER_INPUT', 'token']);
    expect(errorCode(await login(person.email))).toBeUndefined();
    expect(await events(person.id)).toEqual(['user.created', 'user.invitation_sent', 'user.invitation_accepted']);
  });

  it('holds the password to the policy, and the link stays usable after a refused password', async () => {
    const person = await invite();
    const [token] = await emailedTokens(person.email);
    const weak = await accept(token, 'short');
    expect([errorCode(weak), field(weak)]).toEqual(['BAD_USER_INPUT', 'password']);
    expect((await accept(token)).data).toEqual({ acceptInvitation: true });
  });

  it('refuses an expired link the same way as an unknown one', async () => {
    const person = await invite();
    const [token] = await emailedTokens(person.email);
    t.clock.set(new Date(new Date(TEST_START).getTime() + 72 * 3_600_000));
    const expired = await accept(token);
    const unknown = await accept('not-a-token-anyone-was-sent');
    expect([errorCode(expired), field(expired)]).toEqual(['BAD_USER_INPUT', 'token']);
    expect(expired.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(errorCode(await login(person.email))).toBe('UNAUTHENTICATED');
  });

  it('sending again ends the earlier link; the new one works', async () => {
    const person = await invite();
    const [first] = await emailedTokens(person.email);
    const sent = await t.gql.request(SEND, { userId: person.id }, { token: admin.token });
    expect(sent.errors).toBeUndefined();
    const tokens = await emailedTokens(person.email);
    expect(tokens).toHaveLength(2);
    const second = tokens.find((token) => token !== first) as string;
    expect(field(await accept(first))).toBe('token');
    expect((await accept(second)).data).toEqual({ acceptInvitation: true });
    expect(await events(person.id)).toEqual([
      'user.created',
      'user.invitation_sent',
      'user.invitation_sent',
      'user.invitation_accepted',
    ]);
  });

  it('a deactivated person cannot accept, nor be sent one', async () => {
    const person = await invite();
    const [token] = await emailedTokens(person.email);
    await t.gql.ok(DEACTIVATE, { id: person.id }, { token: admin.token });
    expect(field(await accept(token))).toBe('token');
    expect(errorCode(await t.gql.request(SEND, { userId: person.id }, { token: admin.token }))).toBe('CONFLICT');
  });

  it('is not sent to a person who has a password', async () => {
    const person = await invite();
    const [token] = await emailedTokens(person.email);
    await accept(token);
    const res = await t.gql.request(SEND, { userId: person.id }, { token: admin.token });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/already set a password/);
  });

  it("another organisation's admin gets NOT_FOUND; nobody signed out may send", async () => {
    const person = await invite();
    expect(errorCode(await t.gql.request(SEND, { userId: person.id }, { token: otherAdmin.token }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql.request(SEND, { userId: person.id }))).toBe('UNAUTHENTICATED');
    expect(await events(person.id)).toEqual(['user.created', 'user.invitation_sent']);
  });

  it('shows whether a person awaits their password to their admins only', async () => {
    const person = await invite();
    const USERS = `query ($organisationId: ID!) { users(organisationId: $organisationId, first: 100) { nodes { id awaitingPassword } } }`;
    const seen = async (token: string) =>
      (
        await t.gql.ok<{ users: { nodes: { id: string; awaitingPassword: boolean | null }[] } }>(
          USERS,
          { organisationId: org.id },
          { token },
        )
      ).users.nodes.find((u) => u.id === person.id)?.awaitingPassword;
    const auditor = await createUser(t, [{ organisationId: org.id, role: Role.AUDITOR }]);
    expect(await seen(admin.token)).toBe(true);
    expect(await seen(auditor.token)).toBeNull();
    await accept((await emailedTokens(person.email))[0]);
    expect(await seen(admin.token)).toBe(false);
  });

  it('creating a person with a password sends no invitation', async () => {
    const email = `with-password-${Date.now()}@example.nhs.uk`;
    const { createUser: user } = await t.gql.ok<{ createUser: { id: string } }>(
      CREATE,
      {
        input: { organisationId: org.id, email, displayName: 'Has A Password', role: Role.VIEWER, password: PASSWORD },
      },
      { token: admin.token },
    );
    await tick(t);
    expect(sink.received.filter((m) => m.to === email)).toEqual([]);
    expect(await events(user.id)).toEqual(['user.created']);
  });
});
