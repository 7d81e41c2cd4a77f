import { randomBytes } from 'node:crypto';
import { Role } from '@muster/platform-access';
import {
  ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES,
  ACCOUNT_FAILURES_PER_WINDOW,
  ADDRESS_FAILURES_PER_WINDOW,
  LOCKOUT_AFTER_FAILURES,
  PasswordHasher,
} from '@muster/identity';
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
const GUESS = 'a wrong password guess';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The lockout must not become a way to deny service: an attacker elsewhere cannot lock a
 * person out of the places they sign in from, and one bad actor behind a trust's NAT
 * cannot lock out the staff who sign in through it — while guessing stays capped.
 */
describe('sign-in lockouts that cannot be turned against the people they protect', () => {
  let t: TestApp;
  let org: TestOrg;
  let verifySpy: jest.SpiedFunction<PasswordHasher['verify']>;

  beforeAll(async () => {
    // Client addresses come from X-Forwarded-For, so each request can claim its own.
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    org = await createOrganisation(t);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.clock.set(TEST_START);
    // Wrong guesses skip argon2 (hundreds of them per test); every other password is verified for real.
    const hasher = t.app.get(PasswordHasher);
    const verify = hasher.verify.bind(hasher);
    verifySpy = jest
      .spyOn(hasher, 'verify')
      .mockImplementation((hash, password) => (password === GUESS ? Promise.resolve(false) : verify(hash, password)));
  });
  afterEach(() => jest.restoreAllMocks());

  const newAddress = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;
  const unknownEmail = () => `nobody-${randomBytes(5).toString('hex')}@example.nhs.uk`;
  const login = (email: string, password: string, address: string) =>
    t.gql.request(LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': address } });
  const signsIn = async (u: TestUser, address: string) => errorCode(await login(u.email, u.password, address));
  const guess = async (email: string, address: string) => errorCode(await login(email, GUESS, address));
  const person = () => createUser(t, [{ organisationId: org.id, role: Role.RESPONDER }]);

  it('lets a person sign in from their usual address while an attacker elsewhere has locked their account there', async () => {
    const u = await person();
    const usual = newAddress();
    expect(await signsIn(u, usual)).toBeUndefined();

    const attacker = newAddress();
    for (let i = 0; i < LOCKOUT_AFTER_FAILURES + 1; i++) await guess(u.email, attacker);
    expect(await signsIn(u, attacker)).toBe('TOO_MANY_REQUESTS');
    expect(await signsIn(u, usual)).toBeUndefined();

    // Each failure is audited with its reason, and the one that locked says until when.
    const events = await t.dataSource.query<{ changes: unknown }[]>(
      `SELECT changes FROM audit_event WHERE action = 'auth.login_failed' AND entity_id = $1 ORDER BY seq`,
      [u.id],
    );
    expect(events).toHaveLength(LOCKOUT_AFTER_FAILURES);
    expect(events[LOCKOUT_AFTER_FAILURES - 1].changes).toEqual({
      email: u.email,
      reason: 'WRONG_PASSWORD',
      consecutiveFailures: LOCKOUT_AFTER_FAILURES,
      lockedUntil: new Date(t.clock.now().getTime() + MINUTE).toISOString(),
    });
  });

  it(`caps an attacker rotating addresses at ${ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES} guesses an hour, while the person's known address still works`, async () => {
    const u = await person();
    const usual = newAddress();
    expect(await signsIn(u, usual)).toBeUndefined();

    for (let i = 0; i < ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES; i++)
      expect(await guess(u.email, newAddress())).toBe('UNAUTHENTICATED');
    const verify = verifySpy;
    verify.mockClear();
    expect(await guess(u.email, newAddress())).toBe('TOO_MANY_REQUESTS');
    expect(await signsIn(u, newAddress())).toBe('TOO_MANY_REQUESTS');
    expect(verify).not.toHaveBeenCalled();
    expect(await signsIn(u, usual)).toBeUndefined();

    t.clock.advance(HOUR);
    expect(await signsIn(u, newAddress())).toBeUndefined();
  });

  it(`refuses even known addresses once an account has ${ACCOUNT_FAILURES_PER_WINDOW} failures in an hour`, async () => {
    const u = await person();
    // The last failures come from known addresses, each short of its own lockout: failures an attacker elsewhere cannot add.
    const failingKnown =
      (ACCOUNT_FAILURES_PER_WINDOW - ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES) / (LOCKOUT_AFTER_FAILURES - 1);
    const [usual, ...known] = Array.from({ length: failingKnown + 1 }, newAddress);
    for (const address of [usual, ...known]) expect(await signsIn(u, address)).toBeUndefined();
    for (let i = 0; i < ACCOUNT_FAILURES_FROM_UNKNOWN_ADDRESSES; i++) await guess(u.email, newAddress());
    const fromKnown = known.flatMap((address) => Array<string>(LOCKOUT_AFTER_FAILURES - 1).fill(address));
    for (const address of fromKnown.slice(0, -1)) expect(await guess(u.email, address)).toBe('UNAUTHENTICATED');
    expect(await signsIn(u, usual)).toBeUndefined();

    expect(await guess(u.email, fromKnown[fromKnown.length - 1])).toBe('UNAUTHENTICATED');
    expect(await signsIn(u, usual)).toBe('TOO_MANY_REQUESTS');
  });

  it(`lets the accounts known at an address sign in there after ${ADDRESS_FAILURES_PER_WINDOW} failures from it over many accounts`, async () => {
    const nat = newAddress();
    const colleague = await person();
    expect(await signsIn(colleague, nat)).toBeUndefined();
    const newStarter = await person();

    for (let i = 0; i < ADDRESS_FAILURES_PER_WINDOW; i++)
      expect(await guess(unknownEmail(), nat)).toBe('UNAUTHENTICATED');
    expect(await guess(unknownEmail(), nat)).toBe('TOO_MANY_REQUESTS');
    // Nobody guessed the colleague's password; the address knows them, so they still get in.
    expect(await signsIn(colleague, nat)).toBeUndefined();
    // Someone who never signed in there waits out the hour (or signs in from elsewhere).
    expect(await signsIn(newStarter, nat)).toBe('TOO_MANY_REQUESTS');
    expect(await signsIn(newStarter, newAddress())).toBeUndefined();
    t.clock.advance(HOUR);
    expect(await signsIn(newStarter, nat)).toBeUndefined();
  });

  it('counts an IPv6 network, not each of its addresses', async () => {
    const u = await person();
    const network = `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
    for (let i = 1; i <= LOCKOUT_AFTER_FAILURES; i++) await guess(u.email, `${network}::${i.toString(16)}`);
    expect(await signsIn(u, `${network}:ffff:ffff:ffff:ffff`)).toBe('TOO_MANY_REQUESTS');
  });
});
