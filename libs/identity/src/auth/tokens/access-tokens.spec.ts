import { loadConfig } from '@muster/platform-config';
import { acceptedClaims, AccessTokens, ISSUED_AT_TOLERANCE_SECONDS } from './access-tokens';

const NOW = new Date('2026-11-28T09:00:00Z');
const NOW_S = NOW.getTime() / 1000;
const USER = '6f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f';
const SESSION = '0b4c6a1e-2d3f-4a5b-8c7d-9e0f1a2b3c4d';
const TTL = 900;

describe('access tokens', () => {
  const tokens = new AccessTokens(
    loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'unit-test-secret-0123456789abcdef0123' }),
  );
  const valid = { sub: USER, sv: 1, sid: SESSION, typ: 'access', iat: NOW_S - 60, exp: NOW_S + 60 };

  it('carry only the user id, the session version, the session and times, signed HS256', () => {
    const { token, expiresAt } = tokens.sign({ userId: USER, sessionVersion: 3, sessionId: SESSION }, NOW);
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>);
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'sid', 'sub', 'sv', 'typ']);
    expect(payload).toMatchObject({ sub: USER, sv: 3, sid: SESSION, iat: NOW_S, exp: NOW_S + TTL });
    expect(expiresAt).toEqual(new Date(NOW.getTime() + TTL * 1000));
  });

  it('are accepted until their expiry on the given clock, not after', () => {
    expect(acceptedClaims(valid, NOW, TTL)).toEqual({ userId: USER, sessionVersion: 1, sessionId: SESSION });
    expect(acceptedClaims(valid, new Date(NOW.getTime() + 60_000), TTL)).toBeNull();
  });

  it('are accepted for exactly the configured lifetime, and issued a moment ahead of this clock', () => {
    expect(acceptedClaims({ ...valid, iat: NOW_S, exp: NOW_S + TTL }, NOW, TTL)).not.toBeNull();
    const ahead = NOW_S + ISSUED_AT_TOLERANCE_SECONDS;
    expect(acceptedClaims({ ...valid, iat: ahead, exp: ahead + TTL }, NOW, TTL)).not.toBeNull();
  });

  it.each([
    ['no expiry', { ...valid, exp: undefined }],
    ['a non-numeric expiry', { ...valid, exp: 'never' }],
    ['no issue time', { ...valid, iat: undefined }],
    ['a non-numeric issue time', { ...valid, iat: 'now' }],
    ['an issue time in the future', { ...valid, iat: NOW_S + ISSUED_AT_TOLERANCE_SECONDS + 1, exp: NOW_S + 600 }],
    ['a lifetime longer than configured', { ...valid, iat: NOW_S, exp: NOW_S + TTL + 1 }],
    ['a long lifetime issued long ago', { ...valid, iat: NOW_S - 86_400, exp: NOW_S + 60 }],
    ['an expiry before its issue time', { ...valid, iat: NOW_S + 3, exp: NOW_S + 2 }],
    ['another token type', { ...valid, typ: 'id' }],
    ['a subject that is not a uuid', { ...valid, sub: 'root' }],
    ['no session version', { ...valid, sv: undefined }],
    ['a fractional session version', { ...valid, sv: 1.5 }],
    ['no session', { ...valid, sid: undefined }],
    ['a session that is not a uuid', { ...valid, sid: 'family-1' }],
    ['not an object', 'a string payload'],
  ])('are refused with %s', (_name, payload) => {
    expect(acceptedClaims(payload, NOW, TTL)).toBeNull();
  });
});
