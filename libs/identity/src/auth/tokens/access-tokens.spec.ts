import { loadConfig } from '@muster/platform-config';
import { acceptedClaims, AccessTokens } from './access-tokens';

const NOW = new Date('2026-11-28T09:00:00Z');
const USER = '6f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f';

describe('access tokens', () => {
  const tokens = new AccessTokens(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'unit-test-secret-0123456789abcdef0123' }));

  it('carry only the user id, the session version and times, signed HS256', () => {
    const { token, expiresAt } = tokens.sign(USER, 3, NOW);
    const [header, payload] = token.split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'sub', 'sv', 'typ']);
    expect(expiresAt).toEqual(new Date(NOW.getTime() + 900_000));
  });

  it('are accepted until their expiry on the given clock, not after', () => {
    const claims = { sub: USER, sv: 1, typ: 'access', exp: NOW.getTime() / 1000 + 60 };
    expect(acceptedClaims(claims, NOW)).toEqual({ userId: USER, sessionVersion: 1 });
    expect(acceptedClaims(claims, new Date(NOW.getTime() + 60_000))).toBeNull();
  });

  it.each([
    ['no expiry', { sub: USER, sv: 1, typ: 'access' }],
    ['a non-numeric expiry', { sub: USER, sv: 1, typ: 'access', exp: 'never' }],
    ['another token type', { sub: USER, sv: 1, typ: 'id', exp: 2e9 }],
    ['a subject that is not a uuid', { sub: 'root', sv: 1, typ: 'access', exp: 2e9 }],
    ['no session version', { sub: USER, typ: 'access', exp: 2e9 }],
    ['a fractional session version', { sub: USER, sv: 1.5, typ: 'access', exp: 2e9 }],
    ['not an object', 'a string payload'],
  ])('are refused with %s', (_name, payload) => {
    expect(acceptedClaims(payload, NOW)).toBeNull();
  });
});
