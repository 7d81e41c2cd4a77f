import { expect } from '@jest/globals';
import WebSocket from 'ws';
import { Role } from '@muster/platform-access';
import { MAX_WEBSOCKET_MESSAGE_BYTES } from '@muster/platform-graphql';
import { createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, createRunbookOrg, draftWithSteps } from '../runbooks/runbook-api';
import { listening, LiveEvent, subscribe } from './live-client';
import { NOTIFICATION_OPS, NotificationView } from './notification-api';

type Received = { notificationReceived: NotificationView };
const LOGOUT = `mutation($token: String!) { logout(refreshToken: $token) }`;

const bearer = (who: TestUser) => ({ authorization: `Bearer ${who.token}` });
const titleOf = (event: LiveEvent<Received>) =>
  'next' in event ? event.next.data?.notificationReceived.title : JSON.stringify(event);

/** notificationReceived over graphql-ws, on the API's own HTTP server. */
describe('notificationReceived: a live subscription over graphql-ws', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  async function subscribed(who: TestUser, params: Record<string, unknown> = bearer(who)) {
    const ready = listening(t, who.id);
    const live = subscribe<Received>(t, params, NOTIFICATION_OPS.subscription);
    await ready;
    return live;
  }

  it('gives an EPRR lead the runbook a colleague submits as it is raised, and only to those it is for', async () => {
    const reviewer = await subscribed(o.secondLead);
    const author = await subscribed(o.lead);
    try {
      const draft = await draftWithSteps(t, o.org.id, o.lead, 1, { title: 'Ransomware in radiology' });
      await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
      const event = await reviewer.next();
      expect(event).toEqual({
        next: {
          data: {
            notificationReceived: expect.objectContaining({
              kind: 'RUNBOOK_SUBMITTED',
              title: 'Runbook to review: Ransomware in radiology',
              readAt: null,
              about: { entityType: 'runbook', entityId: draft.id, organisationId: o.org.id },
            }),
          },
        },
      });
      // The author was not told of their own submission: the first thing they hear is the approval.
      await act(t, 'approveRunbook', { id: draft.id }, o.secondLead);
      expect(titleOf(await author.next())).toBe('Runbook approved: Ransomware in radiology');
    } finally {
      await reviewer.dispose();
      await author.dispose();
    }
  });

  it('refuses a connection without valid credentials at connection_init (4403)', async () => {
    for (const params of [{}, { authorization: 'Bearer not-a-token' }, { 'x-api-key': 'mst_nope_nope' }]) {
      const live = subscribe<Received>(t, params, NOTIFICATION_OPS.subscription);
      const event = await live.next();
      expect(event).toHaveProperty('error');
      expect(live.closes).toEqual([4403]);
      await live.dispose();
    }
  });

  it('ends the subscription with UNAUTHENTICATED at the next event once the session has ended, sending nothing more', async () => {
    const person = await createUser(t, [{ organisationId: o.org.id, role: Role.EPRR_LEAD }]);
    const live = await subscribed(person);
    try {
      await t.gql.ok(LOGOUT, { token: person.refreshToken }, { token: person.token });
      const draft = await draftWithSteps(t, o.org.id, o.lead, 1, { title: 'After sign-out' });
      await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
      const ended = await live.next();
      expect(ended).toEqual({
        next: { data: null, errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] },
      });
      expect(await live.next()).toEqual({ complete: true });
    } finally {
      await live.dispose();
    }
  });

  it('serves only subscriptions over the socket, answers FORBIDDEN to an API key (it has no inbox) and formats errors like HTTP', async () => {
    const { secret } = (
      await t.gql.ok<{ createApiKey: { secret: string } }>(
        NOTIFICATION_OPS.createApiKey,
        { input: { organisationId: o.org.id, role: Role.VIEWER, name: 'Wallboard' } },
        { token: o.admin.token },
      )
    ).createApiKey;
    const machine = subscribe<Received>(t, { 'x-api-key': secret }, NOTIFICATION_OPS.subscription);
    const refused = await machine.next();
    // Refused at subscribe by the access guard: an answer without data, then the end.
    expect(refused).toEqual({ next: { errors: [expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })] } });
    expect(await machine.next()).toEqual({ complete: true });
    await machine.dispose();

    for (const [query, code] of [
      ['{ unreadNotificationCount }', 'BAD_REQUEST'],
      ['subscription { notificationReceived { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['subscription {', 'GRAPHQL_PARSE_FAILED'],
      // The same limits as over HTTP (GRAPHQL_MAX_ALIASES here).
      [
        `subscription { notificationReceived { ${Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ')} } }`,
        'BAD_USER_INPUT',
      ],
    ]) {
      const live = subscribe<Received>(t, bearer(o.lead), query);
      const event = await live.next();
      expect([query, event]).toEqual([
        query,
        { error: [expect.objectContaining({ extensions: expect.objectContaining({ code }) })] },
      ]);
      await live.dispose();
    }
  });

  it('closes a socket that sends a message larger than an HTTP body may be, before anyone signs in (1009)', async () => {
    // graphql-ws reports the socket's error on the console; it is the expected one here.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const socket = new WebSocket(`${t.baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(MAX_WEBSOCKET_MESSAGE_BYTES) } }),
    );
    expect(await closed).toBe(1009);
    consoleError.mockRestore();
  });
});
