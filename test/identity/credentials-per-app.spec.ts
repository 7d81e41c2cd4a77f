import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import { WebSocket } from 'ws';

const ME = `{ me { kind label } }`;

/** Opens a graphql-ws connection with the token and answers whether it was acknowledged. */
function connects(t: TestApp, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    ws.on('message', (data: Buffer) => {
      resolve((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack');
      ws.close();
    });
    ws.on('close', () => resolve(false));
    ws.on('error', () => resolve(false));
  });
}

/**
 * Each application checks credentials with its own strategies (CredentialStrategies): two
 * applications in one process — tests, benches — no longer share passport's process-wide
 * registry, where the last one started judged every request and, once closed, left the
 * other answering 503 from a closed database.
 */
describe('credential strategies belong to their application', () => {
  let first: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    first = await startTestApp();
    const org = await createOrganisation(first, { kind: OrganisationKind.ACUTE_TRUST });
    user = await createUser(first, [{ organisationId: org.id, role: Role.RESPONDER }]);
  });
  afterAll(() => first.close());

  it('keeps authenticating the first application, over HTTP and graphql-ws, after a second one in the process has closed', async () => {
    const second = await startTestApp();
    expect((await second.gql.request(ME, {}, { token: user.token })).status).toBe(200);
    await second.close();

    const res = await first.gql.request<{ me: { kind: string } }>(ME, {}, { token: user.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.kind).toBe('USER');
    expect(await connects(first, user.token)).toBe(true);
  });
});
