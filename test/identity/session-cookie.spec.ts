import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, startTestApp, TestApp, TestUser } from '@muster/testing';

const JSON_HEADERS = { 'content-type': 'application/json' };
const ME = `{ me { user { id } } }`;

/**
 * The console's sessions (/auth/session): the refresh token only ever in an httpOnly,
 * SameSite=Strict cookie scoped to these routes; rotation, reuse detection and sign-out
 * through the same services (and audit) as the GraphQL mutations.
 */
describe('console sessions in a cookie', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganisation(t);
    user = await createUser(t, [{ organisationId: org.id, role: Role.RESPONDER }]);
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, cookie?: string, headers: Record<string, string> = JSON_HEADERS) =>
    fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  const cookieOf = (response: Response) => {
    const set = response.headers.get('set-cookie') ?? '';
    return { header: set, pair: set.split(';')[0] };
  };

  async function auditCount(action: string): Promise<number> {
    const [row] = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_event WHERE action = $1 AND entity_id = $2`,
      [action, user.id],
    );
    return Number(row.n);
  }

  it('signs in: an access token in the body, the refresh token only in an httpOnly SameSite=Strict cookie', async () => {
    const before = await auditCount('auth.login_succeeded');
    const response = await post('/auth/session', { email: user.email, password: user.password });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresAt', 'user']);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { header, pair } = cookieOf(response);
    expect(pair).toMatch(/^muster_session=mrt_/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).toMatch(/; Path=\/auth\/session/);
    // Secure in production only (tests and development run on plain http://127.0.0.1).
    expect(header).not.toMatch(/; Secure/);
    const me = await t.gql.ok<{ me: { user: { id: string } } }>(ME, {}, { token: body.accessToken as string });
    expect(me.me.user.id).toBe(user.id);
    expect(await auditCount('auth.login_succeeded')).toBe(before + 1);
  });

  it('refuses a wrong password as the GraphQL login does, and anything but JSON', async () => {
    const wrong = await post('/auth/session', { email: user.email, password: 'not it' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Incorrect email or password' });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const form = await post('/auth/session', `email=${user.email}&password=x`, undefined, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const empty = await post('/auth/session', { email: user.email });
    expect(await empty.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password' }] });
  });

  it('refreshes from the cookie with rotation; a replayed cookie ends the whole session', async () => {
    const signedIn = await post('/auth/session', { email: user.email, password: user.password });
    const first = cookieOf(signedIn).pair;
    const refreshedBefore = await auditCount('auth.token_refreshed');
    const refreshed = await post('/auth/session/refresh', {}, first);
    expect(refreshed.status).toBe(200);
    const second = cookieOf(refreshed).pair;
    expect(second).not.toBe(first);
    expect(await auditCount('auth.token_refreshed')).toBe(refreshedBefore + 1);

    const replayed = await post('/auth/session/refresh', {}, first);
    expect(replayed.status).toBe(401);
    // The cookie is cleared, and the rotated one no longer works either (the family is revoked).
    expect(cookieOf(replayed).header).toMatch(/^muster_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await post('/auth/session/refresh', {}, second)).status).toBe(401);
  });

  it('without a cookie there is no session to refresh', async () => {
    const response = await post('/auth/session/refresh', {});
    expect(response.status).toBe(401);
  });

  it('signs out: the session ends (audited) and the cookie is cleared', async () => {
    const signedIn = await post('/auth/session', { email: user.email, password: user.password });
    const cookie = cookieOf(signedIn).pair;
    const before = await auditCount('auth.logged_out');
    const out = await fetch(`${t.baseUrl}/auth/session`, { method: 'DELETE', headers: { ...JSON_HEADERS, cookie } });
    expect(out.status).toBe(204);
    expect(cookieOf(out).header).toMatch(/^muster_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await auditCount('auth.logged_out')).toBe(before + 1);
    expect((await post('/auth/session/refresh', {}, cookie)).status).toBe(401);
  });
});
