import { Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { IdentityAudit } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TEST_START, TestApp, TestOrg } from '@muster/testing';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken expiresAt user { id email displayName } }
}`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken user { id } } }`;
const LOGOUT = `mutation($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { accessToken refreshToken }
}`;
// A query only an ORG_ADMIN of the organisation may run: proves who the caller is and what they hold.
const API_KEYS = `query($organisationId: ID!) { apiKeys(organisationId: $organisationId) { nodes { id } } }`;

interface Session {
  accessToken: string;
  refreshToken: string;
}

describe('sign-in sessions', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(TEST_START));

  const admin = () => createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
  const probe = (token: string) => t.gql.request(API_KEYS, { organisationId: org.id }, { token });
  const refresh = (token: string) => t.gql.request<{ refreshToken: Session }>(REFRESH, { token });
  const auditCount = async (action: string, entityId: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_event WHERE action = $1 AND entity_id = $2`,
          [action, entityId],
        )
      )[0].n,
    );
  const uowQuery = (sql: string, params: unknown[], action: string) =>
    t.app.get(UnitOfWork).run(async (tx) => {
      await tx.manager.query(sql, params);
      tx.record({
        action,
        organisationId: org.id,
        entityType: 'user',
        entityId: String(params[0]),
        summary: 'test set-up',
      });
    });

  it('signs in with email and password and returns tokens, their expiry and the user', async () => {
    const user = await admin();
    const res = await t.gql.ok<{ login: Session & { expiresAt: string; user: { id: string; email: string } } }>(LOGIN, {
      input: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(res.login.user).toMatchObject({ id: user.id, email: user.email });
    expect(new Date(res.login.expiresAt).getTime()).toBe(
      t.clock.now().getTime() + t.config.auth.accessTokenTtlSeconds * 1000,
    );
    expect(res.login.refreshToken).toMatch(/^mrt_/);
    expect(errorCode(await probe(res.login.accessToken))).toBeUndefined();
    expect(await auditCount('auth.login_succeeded', user.id)).toBe(2);
  });

  it('stores refresh tokens only as hashes', async () => {
    const user = await admin();
    const rows = await t.dataSource.query<{ token_hash: string }[]>(
      `SELECT token_hash FROM refresh_token WHERE user_id = $1`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(user.refreshToken.slice(4, 20));
  });

  it('rotates a refresh token: the new pair works and the old refresh token is revoked', async () => {
    const user = await admin();
    const first = await refresh(user.refreshToken);
    const rotated = first.data?.refreshToken as Session;
    expect(rotated.refreshToken).not.toBe(user.refreshToken);
    expect(errorCode(await probe(rotated.accessToken))).toBeUndefined();
    expect(await auditCount('auth.token_refreshed', user.id)).toBe(1);

    const second = await refresh(rotated.refreshToken);
    expect(second.errors).toBeUndefined();
  });

  it('revokes the whole family when a rotated refresh token is reused, and audits it', async () => {
    const user = await admin();
    const rotated = (await refresh(user.refreshToken)).data?.refreshToken as Session;

    const replay = await refresh(user.refreshToken);
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(await auditCount('auth.refresh_reuse_detected', user.id)).toBe(1);
    // The legitimate holder's newer token died with the family.
    expect(errorCode(await refresh(rotated.refreshToken))).toBe('UNAUTHENTICATED');
    const [{ live }] = await t.dataSource.query<{ live: string }[]>(
      `SELECT count(*) FILTER (WHERE revoked_at IS NULL) AS live FROM refresh_token WHERE user_id = $1`,
      [user.id],
    );
    expect(Number(live)).toBe(0);
  });

  it('refuses an unknown or malformed refresh token without writing anything', async () => {
    expect(errorCode(await refresh('mrt_not-a-token'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await refresh(''))).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired refresh token', async () => {
    const user = await admin();
    t.clock.advance(t.config.auth.refreshTokenTtlSeconds * 1000 + 1_000);
    expect(errorCode(await refresh(user.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('signs out: the refresh token is revoked and audited; signing out twice is harmless', async () => {
    const user = await admin();
    expect((await t.gql.ok<{ logout: boolean }>(LOGOUT, { refreshToken: user.refreshToken })).logout).toBe(true);
    expect(errorCode(await refresh(user.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await auditCount('auth.logged_out', user.id)).toBe(1);
    expect((await t.gql.ok<{ logout: boolean }>(LOGOUT, { refreshToken: user.refreshToken })).logout).toBe(true);
    expect((await t.gql.ok<{ logout: boolean }>(LOGOUT, { refreshToken: 'mrt_unknown' })).logout).toBe(true);
  });

  it("ends a session's access tokens on sign-out, on their very next request, and no other session's", async () => {
    const user = await admin();
    const other = (await t.gql.ok<{ login: Session }>(LOGIN, { input: { email: user.email, password: user.password } }))
      .login;
    const rotated = (await refresh(user.refreshToken)).data?.refreshToken as Session;
    expect(errorCode(await probe(user.token))).toBeUndefined();

    await t.gql.ok(LOGOUT, { refreshToken: rotated.refreshToken });
    // Both access tokens of the signed-out session (before and after its rotation) stop at once.
    expect(errorCode(await probe(user.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await probe(rotated.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await probe(other.accessToken))).toBeUndefined();
    expect(errorCode(await refresh(other.refreshToken))).toBeUndefined();
  });

  it('refuses every access token of a family once reuse of a rotated refresh token revokes it', async () => {
    const user = await admin();
    const other = (await t.gql.ok<{ login: Session }>(LOGIN, { input: { email: user.email, password: user.password } }))
      .login;
    const first = (await refresh(user.refreshToken)).data?.refreshToken as Session;
    const second = (await refresh(first.refreshToken)).data?.refreshToken as Session;
    expect(errorCode(await probe(second.accessToken))).toBeUndefined();

    expect(errorCode(await refresh(user.refreshToken))).toBe('UNAUTHENTICATED');
    for (const token of [user.token, first.accessToken, second.accessToken]) {
      expect(errorCode(await probe(token))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await probe(other.accessToken))).toBeUndefined();
  });

  it('stops a deactivated user on their very next request, and their refresh token too', async () => {
    const user = await admin();
    expect(errorCode(await probe(user.token))).toBeUndefined();
    await uowQuery(`UPDATE app_user SET active = false WHERE id = $1`, [user.id], IdentityAudit.userDeactivated);
    expect(errorCode(await probe(user.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await refresh(user.refreshToken))).toBe('UNAUTHENTICATED');
    const login = await t.gql.request(LOGIN, { input: { email: user.email, password: user.password } });
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
  });

  it('takes a removed role away on the very next request', async () => {
    const user = await admin();
    expect(errorCode(await probe(user.token))).toBeUndefined();
    await uowQuery(`DELETE FROM membership WHERE user_id = $1`, [user.id], IdentityAudit.roleRevoked);
    expect(errorCode(await probe(user.token))).toBe('FORBIDDEN');
  });

  it('builds the principal of each request with one SQL statement', async () => {
    const user = await admin();
    const open = await t.gql.request(`{ serverInfo { version } }`, {}, { token: user.token });
    expect(open.extensions?.sqlStatements).toBe(0);
    const authenticated = await probe(user.token);
    // One for the principal (user and memberships), one for the page of keys.
    expect(authenticated.extensions?.sqlStatements).toBe(2);
  });

  describe('changing a password', () => {
    it('invalidates older access tokens and refresh tokens, and returns a new session', async () => {
      const user = await admin();
      const other = (
        await t.gql.ok<{ login: Session }>(LOGIN, { input: { email: user.email, password: user.password } })
      ).login;
      const res = await t.gql.ok<{ changePassword: Session }>(
        CHANGE_PASSWORD,
        { input: { currentPassword: user.password, newPassword: 'orbit walrus lantern kettle' } },
        { token: user.token },
      );
      expect(errorCode(await probe(user.token))).toBe('UNAUTHENTICATED');
      expect(errorCode(await probe(other.accessToken))).toBe('UNAUTHENTICATED');
      expect(errorCode(await refresh(other.refreshToken))).toBe('UNAUTHENTICATED');
      expect(errorCode(await probe(res.changePassword.accessToken))).toBeUndefined();
      expect(await auditCount('auth.password_changed', user.id)).toBe(1);

      const oldPassword = await t.gql.request(LOGIN, { input: { email: user.email, password: user.password } });
      expect(errorCode(oldPassword)).toBe('UNAUTHENTICATED');
      await t.gql.ok(LOGIN, { input: { email: user.email, password: 'orbit walrus lantern kettle' } });
    });

    it('refuses a new password the policy refuses, naming the field', async () => {
      const user = await admin();
      for (const newPassword of ['short pass', 'password123456', `${user.email.split('@')[0]} kettle orbit`]) {
        const res = await t.gql.request(
          CHANGE_PASSWORD,
          { input: { currentPassword: user.password, newPassword } },
          { token: user.token },
        );
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('newPassword');
      }
      expect(errorCode(await probe(user.token))).toBeUndefined();
    });

    it('refuses a wrong current password, naming the field, and counts it as a failed attempt', async () => {
      const user = await admin();
      const res = await t.gql.request(
        CHANGE_PASSWORD,
        { input: { currentPassword: 'not my password at all', newPassword: 'orbit walrus lantern kettle' } },
        { token: user.token },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('currentPassword');
      expect(await auditCount('auth.password_change_failed', user.id)).toBe(1);
      expect(errorCode(await probe(user.token))).toBeUndefined();
    });

    it('needs a signed-in caller', async () => {
      const res = await t.gql.request(CHANGE_PASSWORD, {
        input: { currentPassword: 'x', newPassword: 'orbit walrus lantern kettle' },
      });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });
  });
});
