import { expect } from '@jest/globals';
import pino from 'pino';
import { Role } from '@muster/platform-access';
import {
  createOrganisation,
  createUser,
  errorCode,
  startTcpProxy,
  startTestApp,
  TcpProxy,
  TestApp,
  TestUser,
  workerDatabaseUrl,
} from '@muster/testing';

const ME = `{ me { label } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
const REFUSED_ME = 12;

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** The same token with another subject: its signature no longer matches, whatever the database says. */
function forged(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  const other = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-0000-0000-000000000000' })).toString(
    'base64url',
  );
  return [header, other, signature].join('.');
}

describe('a database outage is answered SERVICE_UNAVAILABLE, not UNAUTHENTICATED', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let auditor: TestUser;
  let apiKey: string;
  const logs: LogLine[] = [];
  const logged = (msg: string) => logs.filter((line) => line.msg === msg);

  beforeAll(async () => {
    // The app reaches its database only through a proxy the test can cut.
    proxy = await startTcpProxy(workerDatabaseUrl());
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
    t = await startTestApp({ env: { DATABASE_URL: proxy.url, DB_CONNECT_TIMEOUT_MS: '1000' }, logger });
    const org = await createOrganisation(t);
    auditor = await createUser(t, [{ organisationId: org.id, role: Role.AUDITOR }]);
    const admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    const input = { organisationId: org.id, role: Role.VIEWER, name: 'SIEM' };
    apiKey = (await t.gql.ok<{ createApiKey: { secret: string } }>(CREATE_KEY, { input }, { token: admin.token }))
      .createApiKey.secret;
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
  });

  it('refuses every request while the database is cut, logs the outage once, and recovers with the same token', async () => {
    const bearer = { token: auditor.token };
    const forgedToken = { token: forged(auditor.token) };
    const up = await t.gql.request(ME, {}, forgedToken);
    expect([up.status, errorCode(up)]).toEqual([200, 'UNAUTHENTICATED']);

    proxy.cut();

    // Authentication cannot load the caller: "try again", not "signed out".
    const refused = await Promise.all(Array.from({ length: REFUSED_ME }, () => fetchGraphql(t, ME, {}, auditor.token)));
    for (const res of refused) {
      expect({ status: res.status, retryAfter: res.retryAfter, codes: res.codes, data: res.data }).toEqual({
        status: 503,
        retryAfter: '5',
        codes: ['SERVICE_UNAVAILABLE'],
        data: null,
      });
    }
    // A machine's API key cannot be checked either.
    const machine = await t.gql.request(ME, {}, { apiKey });
    expect([machine.status, errorCode(machine)]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    // A public resolver that needs the database (signing in) says the same.
    const login = await t.gql.request(LOGIN, { input: { email: auditor.email, password: auditor.password } });
    expect([login.status, errorCode(login)]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    // So does a REST route.
    const exported = await fetch(`${t.baseUrl}/audit/export`, {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    expect([exported.status, ((await exported.json()) as { code: string }).code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    // A token that is wrong is still wrong: no database is needed to know it.
    const down = await t.gql.request(ME, {}, forgedToken);
    expect([down.status, errorCode(down)]).toEqual([200, 'UNAUTHENTICATED']);
    expect((await fetch(`${t.baseUrl}/health/ready`)).status).toBe(503);

    proxy.restore();

    const back = await t.gql.ok<{ me: { label: string } }>(ME, {}, bearer);
    expect(back.me.label).toBe(auditor.email);
    expect((await t.gql.ok<{ me: { label: string } }>(ME, {}, { apiKey })).me.label).toBe('SIEM');
    // One line when it began and one when it ended, for all the refused requests; no line per request.
    expect(logged('database unavailable: refusing requests with SERVICE_UNAVAILABLE until it answers')).toHaveLength(1);
    expect(logged('database available again')).toEqual([
      expect.objectContaining({ refusedRequests: REFUSED_ME + 3, outageMs: expect.any(Number) }),
    ]);
    expect(logs.filter((line) => /unexpected error|SQL error/.test(line.msg))).toEqual([]);
  });

  it('answers a REST route like GraphQL during an outage: 503 with Retry-After', async () => {
    proxy.cut();
    const exported = await fetch(`${t.baseUrl}/audit/export`, {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    proxy.restore();
    expect([exported.status, exported.headers.get('retry-after')]).toEqual([503, '5']);
  });
});

/** One GraphQL request over HTTP, keeping what a client sees of a refusal: status, Retry-After, codes. */
async function fetchGraphql(t: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    codes: body.errors?.map((e) => e.extensions?.code),
    data: body.data,
  };
}
