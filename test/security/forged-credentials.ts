import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import WebSocket from 'ws';
import { TEST_JWT_SECRET, TestApp } from '@muster/testing';

/** Credentials as both transports carry them: HTTP headers, or the graphql-ws connection_init payload. */
export type Credentials = { authorization?: string; 'x-api-key'?: string };

/** What the forgeries are made from: live credentials and the stale ones of ended states. */
export interface CredentialFixtures {
  /** The claims of a live ORG_ADMIN session, as login wrote them. */
  claims: Record<string, unknown>;
  adminToken: string;
  viewerToken: string;
  /** Wall clock or application clock, whichever is later (seconds): `nbf` is judged by the wall clock. */
  latestNow: number;
  accessTokenTtlSeconds: number;
  /** A token of a user signed out since (logout of its session). */
  signedOutToken: string;
  /** A token issued before its user changed their password (every session ended). */
  passwordChangedToken: string;
  /** A token of a user deactivated since. */
  deactivatedToken: string;
  /** An API key revoked since. */
  revokedApiKey: string;
  /** A live API key (its secret part is altered below). */
  liveApiKey: string;
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HS256 = { alg: 'HS256', typ: 'JWT' };

/** A JWT built by hand, so every part of it can be wrong on purpose. */
export function hmacJwt(header: object, payload: object, secret = TEST_JWT_SECRET, digest = 'sha256'): string {
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${createHmac(digest, secret).update(data).digest('base64url')}`;
}

function signedWith(alg: 'RS256' | 'ES256', payload: object): string {
  const { privateKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const data = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  const signature = createSign('SHA256')
    .update(data)
    .sign(alg === 'ES256' ? { key: privateKey, dsaEncoding: 'ieee-p1363' } : privateKey);
  return `${data}.${signature.toString('base64url')}`;
}

export function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

const bearer = (token: string): Credentials => ({ authorization: `Bearer ${token}` });

/**
 * The forged and stale set: one list, sent over HTTP and at graphql-ws connection_init.
 * API keys are the organisation's, not their creator's (README, "Signing in": a machine's
 * credential an admin creates and revokes), so a deactivated creator's key is not in the
 * set: revoking it is how it ends.
 */
export function forgedCredentials(f: CredentialFixtures): [string, Credentials][] {
  const { claims } = f;
  const iat = claims.iat as number;
  const hs = (payload: object) => bearer(hmacJwt(HS256, payload));
  const edited = (token: string, change: Record<string, unknown>) => {
    const [header, , signature] = token.split('.');
    return bearer(`${header}.${b64({ ...decodePayload(token), ...change })}.${signature}`);
  };
  const [keyPrefix, keySecret] = splitKey(f.liveApiKey);
  return [
    ['alg none, no signature', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`)],
    [
      'alg none, a real signature',
      bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.${f.adminToken.split('.')[2]}`),
    ],
    ['alg "None" spelt otherwise', bearer(`${b64({ alg: 'None', typ: 'JWT' })}.${b64(claims)}.`)],
    ['algorithm confusion: RS256 with a key of its own', bearer(signedWith('RS256', claims))],
    ['algorithm confusion: ES256 with a key of its own', bearer(signedWith('ES256', claims))],
    [
      'algorithm confusion: HS512 with the right secret',
      bearer(hmacJwt({ alg: 'HS512', typ: 'JWT' }, claims, TEST_JWT_SECRET, 'sha512')),
    ],
    [
      'algorithm confusion: HS384 with the right secret',
      bearer(hmacJwt({ alg: 'HS384', typ: 'JWT' }, claims, TEST_JWT_SECRET, 'sha384')),
    ],
    ['another secret', bearer(hmacJwt(HS256, claims, 'another-secret-of-the-attacker-0123456789'))],
    ['a wrong audience', hs({ ...claims, aud: 'another-api' })],
    ['a wrong issuer', hs({ ...claims, iss: 'someone-else' })],
    ['expired', hs({ ...claims, exp: iat - 1, iat: iat - 600 })],
    ['issued in the future', hs({ ...claims, iat: iat + 3600, exp: iat + 3600 + 600 })],
    ['not before a future time', hs({ ...claims, nbf: f.latestNow + 3600 })],
    ['longer-lived than the configured lifetime', hs({ ...claims, exp: iat + f.accessTokenTtlSeconds + 1 })],
    ['a refresh token type', hs({ ...claims, typ: 'refresh' })],
    ['edited subject (a viewer made admin), not re-signed', edited(f.viewerToken, { sub: claims.sub })],
    ['edited claims (a role added), not re-signed', edited(f.viewerToken, { role: 'SYSTEM_ADMIN' })],
    ['edited expiry, not re-signed', edited(f.adminToken, { exp: iat + 86_400 })],
    ['edited session version, signed', hs({ ...claims, sv: (claims.sv as number) + 1 })],
    ["another user's session", hs({ ...claims, sid: decodePayload(f.viewerToken).sid })],
    ['a signed-out session', bearer(f.signedOutToken)],
    ['a session ended by a password change', bearer(f.passwordChangedToken)],
    ['a deactivated user', bearer(f.deactivatedToken)],
    ['a revoked API key', { 'x-api-key': f.revokedApiKey }],
    ['an API key with its secret altered', { 'x-api-key': `${keyPrefix}_${flip(keySecret)}` }],
    ['an API key without its secret', { 'x-api-key': `${keyPrefix}_` }],
    ['garbage bearer', bearer('not-a-token')],
    ['a Basic scheme with a real token', { authorization: `Basic ${f.adminToken}` }],
  ];
}

/** `mst_<prefix>_<secret>` → [`mst_<prefix>`, `<secret>`]. */
function splitKey(key: string): [string, string] {
  // The secret is base64url: it may hold an underscore itself.
  const at = 'mst_'.length + 12;
  return [key.slice(0, at), key.slice(at + 1)];
}

function flip(secret: string): string {
  const last = secret.slice(-1);
  return secret.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

/** How a graphql-ws connection ended: acknowledged (and its socket), or closed with a code. */
export type WsOutcome = { acked: true; socket: WebSocket } | { acked: false; code: number };

/** Opens a graphql-ws socket on the app and sends connection_init with `payload`; waits for the ack or the close. */
export function connectWs(t: TestApp, payload: Credentials): Promise<WsOutcome> {
  const socket = new WebSocket(`${t.baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { type: string };
      if (message.type === 'connection_ack') resolve({ acked: true, socket });
    });
    socket.on('close', (code: number) => resolve({ acked: false, code }));
    socket.on('error', reject);
  });
}
