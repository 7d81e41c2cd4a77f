import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { Role } from '@muster/platform-access';
import {
  createOrganisation,
  createUser,
  errorCode,
  startTestApp,
  TEST_JWT_SECRET,
  TEST_START,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';

// Only an ORG_ADMIN of the organisation may run it: a forged token must not get past the guard.
const API_KEYS = `query($organisationId: ID!) { apiKeys(organisationId: $organisationId) { nodes { id } } }`;

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT built by hand, so every part of it can be wrong on purpose. */
function hmacJwt(header: object, payload: object, secret = TEST_JWT_SECRET, digest = 'sha256'): string {
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${createHmac(digest, secret).update(data).digest('base64url')}`;
}

function rsaJwt(payload: object): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const data = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${data}.${createSign('RSA-SHA256').update(data).sign(privateKey).toString('base64url')}`;
}

function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('forged and stale access tokens', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: TestUser;
  let viewer: TestUser;
  let claims: Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    viewer = await createUser(t, [{ organisationId: org.id, role: Role.VIEWER }]);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    // The admin's live session (its refresh-token family), as the login that created it named it.
    const { sid } = decodePayload(admin.token);
    claims = {
      sub: admin.id,
      sv: 1,
      sid,
      typ: 'access',
      iat: now,
      exp: now + 600,
      iss: t.config.auth.issuer,
      aud: t.config.auth.audience,
    };
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(TEST_START));

  const probe = (token: string) => t.gql.request(API_KEYS, { organisationId: org.id }, { token });
  const HS256 = { alg: 'HS256', typ: 'JWT' };

  it('accepts a correctly signed token built by hand (so the refusals below are about the forgery)', async () => {
    const res = await probe(hmacJwt(HS256, claims));
    expect(res.errors).toBeUndefined();
  });

  it('accepts a token whose lifetime is exactly the configured maximum', async () => {
    const iat = claims.iat as number;
    const res = await probe(hmacJwt(HS256, { ...claims, exp: iat + t.config.auth.accessTokenTtlSeconds }));
    expect(res.errors).toBeUndefined();
  });

  it('accepts the token login issued', async () => {
    expect((await probe(admin.token)).errors).toBeUndefined();
  });

  const forgeries: [string, () => string][] = [
    ['alg: none with no signature', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    [
      'alg: none with the signature of a real token',
      () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.${admin.token.split('.')[2]}`,
    ],
    ['a wrong signature (another secret)', () => hmacJwt(HS256, claims, 'some-other-secret-0123456789abcdef0123')],
    ['a wrong audience', () => hmacJwt(HS256, { ...claims, aud: 'another-api' })],
    ['a wrong issuer', () => hmacJwt(HS256, { ...claims, iss: 'someone-else' })],
    ['no issuer and no audience', () => hmacJwt(HS256, { ...claims, iss: undefined, aud: undefined })],
    ['an expiry in the past', () => hmacJwt(HS256, { ...claims, exp: (claims.iat as number) - 1 })],
    ['no expiry', () => hmacJwt(HS256, { ...claims, exp: undefined })],
    ['a stale session version', () => hmacJwt(HS256, { ...claims, sv: 0 })],
    ['no session', () => hmacJwt(HS256, { ...claims, sid: undefined })],
    ['a session that does not exist', () => hmacJwt(HS256, { ...claims, sid: '00000000-0000-4000-8000-000000000000' })],
    ["another user's live session", () => hmacJwt(HS256, { ...claims, sid: decodePayload(viewer.token).sid })],
    [
      'an issue time in the future',
      () => hmacJwt(HS256, { ...claims, iat: (claims.iat as number) + 60, exp: (claims.iat as number) + 600 }),
    ],
    ['no issue time', () => hmacJwt(HS256, { ...claims, iat: undefined })],
    [
      'a lifetime longer than ACCESS_TOKEN_TTL_SECONDS',
      () => hmacJwt(HS256, { ...claims, exp: (claims.iat as number) + t.config.auth.accessTokenTtlSeconds + 1 }),
    ],
    ['another token type', () => hmacJwt(HS256, { ...claims, typ: 'refresh' })],
    ['a subject that is not a user id', () => hmacJwt(HS256, { ...claims, sub: 'admin' })],
    ['HS512 with the right secret', () => hmacJwt({ alg: 'HS512', typ: 'JWT' }, claims, TEST_JWT_SECRET, 'sha512')],
    ['RS256', () => rsaJwt(claims)],
    [
      "a viewer's token with the subject changed to an admin, not re-signed",
      () => {
        const [header, , signature] = viewer.token.split('.');
        return `${header}.${b64({ ...decodePayload(viewer.token), sub: admin.id })}.${signature}`;
      },
    ],
    [
      "a viewer's token with a role claim added, not re-signed",
      () => {
        const [header, , signature] = viewer.token.split('.');
        return `${header}.${b64({ ...decodePayload(viewer.token), role: 'SYSTEM_ADMIN' })}.${signature}`;
      },
    ],
    ['garbage', () => 'not-a-token'],
    ['three garbage parts', () => 'aaa.bbb.ccc'],
  ];

  it.each(forgeries)('refuses %s with UNAUTHENTICATED', async (_name, forge) => {
    const res = await probe(forge());
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('refuses a bearer scheme other than Bearer, and an empty header', async () => {
    for (const authorization of [`Basic ${admin.token}`, 'Bearer ', '']) {
      const res = await t.gql.request(API_KEYS, { organisationId: org.id }, { headers: { authorization } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
  });

  it('expires a real token on the application clock, exactly at its expiry', async () => {
    const user = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    const ttlMs = t.config.auth.accessTokenTtlSeconds * 1000;
    t.clock.advance(ttlMs - 1_000);
    expect((await probe(user.token)).errors).toBeUndefined();
    t.clock.advance(1_000);
    expect(errorCode(await probe(user.token))).toBe('UNAUTHENTICATED');
  });
});
