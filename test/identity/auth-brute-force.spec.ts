import { randomBytes } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { LOCKOUT_AFTER_FAILURES, PasswordHasher } from '@muster/identity';
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

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const MINUTE = 60_000;
// The embedded database interleaves concurrent statements of different connections
// (electric-sql/pglite#1046), so concurrency is only exercised on a PostgreSQL server.
const itOnServer = process.env.DATABASE_URL ? it : it.skip;

describe('brute-force protection of sign-in', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    // Client addresses come from X-Forwarded-For, so each test can be its own address.
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    org = await createOrganisation(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(TEST_START));
  afterEach(() => jest.restoreAllMocks());

  // A /64 of its own each time: the throttle counts an IPv6 address by its /64.
  const newAddress = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;
  const login = (email: string, password: string, address = newAddress()) =>
    t.gql.request(LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': address } });
  /** `n` wrong passwords for `email`, all from `address`. */
  const failTimes = async (n: number, email: string, address: string) => {
    for (let i = 0; i < n; i++)
      expect(errorCode(await login(email, 'wrong password guess', address))).toBe('UNAUTHENTICATED');
  };
  const failedEvents = async (email: string) =>
    t.dataSource.query<{ organisation_id: string | null; chain_id: string; entity_id: string | null }[]>(
      `SELECT organisation_id, chain_id, entity_id FROM audit_event WHERE action = 'auth.login_failed' AND changes->>'email' = $1`,
      [email],
    );
  const user = (): Promise<TestUser> => createUser(t, [{ organisationId: org.id, role: Role.VIEWER }]);

  it(`locks an account at an address after ${LOCKOUT_AFTER_FAILURES} failures there and refuses even the right password without evaluating it`, async () => {
    const u = await user();
    const address = newAddress();
    await failTimes(LOCKOUT_AFTER_FAILURES, u.email, address);
    const verify = jest.spyOn(t.app.get(PasswordHasher), 'verify');

    const locked = await login(u.email, u.password, address);
    expect(errorCode(locked)).toBe('TOO_MANY_REQUESTS');
    expect(verify).not.toHaveBeenCalled();
    expect(await failedEvents(u.email)).toHaveLength(LOCKOUT_AFTER_FAILURES);

    t.clock.advance(MINUTE);
    expect(errorCode(await login(u.email, u.password, address))).toBeUndefined();
  });

  itOnServer('lets concurrent guesses learn no more than the lockout allows', async () => {
    const u = await user();
    const address = newAddress();
    const guesses = await Promise.all(
      Array.from({ length: 2 * LOCKOUT_AFTER_FAILURES }, () => login(u.email, 'a concurrent guess', address)),
    );
    const codes = guesses.map(errorCode);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(LOCKOUT_AFTER_FAILURES);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(LOCKOUT_AFTER_FAILURES);
    expect(await failedEvents(u.email)).toHaveLength(LOCKOUT_AFTER_FAILURES);
  });

  it('doubles the lockout on the next failure after one ends', async () => {
    const u = await user();
    const address = newAddress();
    await failTimes(LOCKOUT_AFTER_FAILURES, u.email, address);
    t.clock.advance(MINUTE);
    await failTimes(1, u.email, address);
    t.clock.advance(MINUTE);
    expect(errorCode(await login(u.email, u.password, address))).toBe('TOO_MANY_REQUESTS');
    t.clock.advance(MINUTE);
    expect(errorCode(await login(u.email, u.password, address))).toBeUndefined();
  });

  it('ends the run of failures on a successful sign-in', async () => {
    const u = await user();
    const address = newAddress();
    await failTimes(LOCKOUT_AFTER_FAILURES - 1, u.email, address);
    expect(errorCode(await login(u.email, u.password, address))).toBeUndefined();
    await failTimes(LOCKOUT_AFTER_FAILURES - 1, u.email, address);
    expect(errorCode(await login(u.email, u.password, address))).toBeUndefined();
  });

  it('answers an unknown email exactly like a wrong password, after the same argon2 work', async () => {
    const u = await user();
    const verify = jest.spyOn(t.app.get(PasswordHasher), 'verify');
    const unknownEmail = `nobody-${randomBytes(4).toString('hex')}@example.nhs.uk`;

    const unknown = await login(unknownEmail, 'some password guess');
    const wrong = await login(u.email, 'some password guess');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Incorrect email or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // The unknown email was verified against the dummy hash (no stored hash to use).
    expect(verify).toHaveBeenNthCalledWith(1, null, 'some password guess');
    expect(verify).toHaveBeenCalledTimes(2);
    await expect(verify.mock.results[0].value).resolves.toBe(false);
  });

  it('locks an unknown email exactly like a real account (no way to tell them apart)', async () => {
    const unknownEmail = `nobody-${randomBytes(4).toString('hex')}@example.nhs.uk`;
    const address = newAddress();
    await failTimes(LOCKOUT_AFTER_FAILURES, unknownEmail, address);
    expect(errorCode(await login(unknownEmail, 'another guess at it', address))).toBe('TOO_MANY_REQUESTS');
  });

  it("audits failed sign-ins: a user's in their organisation's chain, an unknown email's in the ICS chain", async () => {
    const u = await user();
    const unknownEmail = `nobody-${randomBytes(4).toString('hex')}@example.nhs.uk`;
    await failTimes(1, u.email, newAddress());
    await failTimes(1, unknownEmail, newAddress());
    expect(await failedEvents(u.email)).toEqual([{ organisation_id: org.id, chain_id: org.id, entity_id: u.id }]);
    expect(await failedEvents(unknownEmail)).toEqual([{ organisation_id: null, chain_id: 'ics', entity_id: null }]);
  });

  it('audits a successful sign-in with the client address it came from', async () => {
    const u = await user();
    const address = newAddress();
    expect(errorCode(await login(u.email, u.password, address))).toBeUndefined();
    const events = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT actor_type, actor_id, organisation_id FROM audit_event
        WHERE action = 'auth.login_succeeded' AND entity_id = $1 AND client_address = $2`,
      [u.id, address],
    );
    expect(events).toEqual([{ actor_type: 'USER', actor_id: u.id, organisation_id: org.id }]);
  });

  it('never locks an address on a run of failures alone (a trust behind one NAT)', async () => {
    const address = newAddress();
    for (let i = 0; i < LOCKOUT_AFTER_FAILURES + 1; i++) {
      expect(
        errorCode(await login(`nobody-${i}-${randomBytes(3).toString('hex')}@example.nhs.uk`, 'a guess', address)),
      ).toBe('UNAUTHENTICATED');
    }
    const u = await user();
    expect(errorCode(await login(u.email, u.password, address))).toBeUndefined();
  });

  it('refuses wrong current passwords of changePassword under the same lockout', async () => {
    const u = await user();
    const change = (currentPassword: string) =>
      t.gql.request(
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`,
        { input: { currentPassword, newPassword: 'orbit walrus lantern kettle' } },
        { token: u.token },
      );
    for (let i = 0; i < LOCKOUT_AFTER_FAILURES; i++)
      expect(errorCode(await change('a wrong guess here'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await change(u.password))).toBe('TOO_MANY_REQUESTS');
    // The same account at the same address (the test client's own, sent no X-Forwarded-For).
    expect(errorCode(await login(u.email, u.password, '127.0.0.1'))).toBe('TOO_MANY_REQUESTS');
  });
});
