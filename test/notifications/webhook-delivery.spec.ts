import { Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { TeamFunction } from '@muster/identity';
import { DELIVERY_ID_HEADER, NotificationKind, NotificationsService, Recipients } from '@muster/notifications';
import {
  createOrganisation,
  createTeam,
  createUser,
  errorCode,
  startTestApp,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { deliveriesAbout, inbox, NOTIFICATION_OPS, tick } from './notification-api';
import { startWebhookReceiver, WebhookReceiver } from './webhook-receiver';

const MINUTE = 60_000;

/** Teams / webhook delivery, to a local HTTP server standing in for Teams. */
describe('webhook delivery', () => {
  let receiver: WebhookReceiver;
  let t: TestApp;
  let org: TestOrg;
  let admin: TestUser;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await startTestApp({ env: { NOTIFY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', NOTIFY_RETRY_BASE_SECONDS: '60' } });
    org = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });
  beforeEach(() => receiver.answer(() => 200));

  const setWebhook = (who: TestUser, input: Record<string, unknown>) =>
    t.gql.request<{ setNotificationWebhook: { id: string; urlPreview: string; teamId: string | null } }>(
      NOTIFICATION_OPS.setWebhook,
      { input },
      { token: who.token },
    );
  const newKey = async (name: string) =>
    (
      await t.gql.ok<{ createApiKey: { apiKey: { id: string } } }>(
        NOTIFICATION_OPS.createApiKey,
        { input: { organisationId: org.id, role: Role.VIEWER, name } },
        { token: admin.token },
      )
    ).createApiKey.apiKey.id;

  it('lets the organisation’s admin set its webhook, which the API and the audit trail only ever show masked', async () => {
    const set = await setWebhook(admin, { organisationId: org.id, url: receiver.url });
    expect(set.data?.setNotificationWebhook).toMatchObject({
      teamId: null,
      urlPreview: `${new URL(receiver.url).origin}/…abcd`,
    });
    const { notificationWebhooks } = await t.gql.ok<{ notificationWebhooks: { urlPreview: string }[] }>(
      NOTIFICATION_OPS.webhooks,
      { organisationId: org.id },
      { token: admin.token },
    );
    expect(notificationWebhooks.map((w) => w.urlPreview)).toEqual([`${new URL(receiver.url).origin}/…abcd`]);
    const events: { changes: unknown; summary: string }[] = await t.dataSource.query(
      `SELECT changes, summary FROM audit_event WHERE action = 'notification.webhook_set' AND organisation_id = $1`,
      [org.id],
    );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('test-token');
  });

  it('refuses a host not allowed, a stranger’s organisation, another organisation’s team and a non-admin', async () => {
    const other = await createOrganisation(t);
    const otherTeam = await createTeam(t, other.id, TeamFunction.CYBER_SOC);
    const responder = await createUser(t, [{ organisationId: org.id, role: Role.RESPONDER }]);
    const refused = await setWebhook(admin, { organisationId: org.id, url: 'http://169.254.169.254/latest/meta-data' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'url' })]);
    expect(errorCode(await setWebhook(admin, { organisationId: other.id, url: receiver.url }))).toBe('NOT_FOUND');
    expect(
      errorCode(await setWebhook(admin, { organisationId: org.id, teamId: otherTeam.id, url: receiver.url })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await setWebhook(responder, { organisationId: org.id, url: receiver.url }))).toBe('FORBIDDEN');
  });

  it('posts an urgent notification as a Teams card, naming the delivery in a header', async () => {
    const before = receiver.posts.length;
    const keyId = await newKey('Card key');
    await tick(t);
    const [post] = receiver.posts.slice(before);
    const card = (
      post.body.attachments as { contentType: string; content: { type: string; body: { text: string }[] } }[]
    )[0];
    expect(post.body.type).toBe('message');
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.body.map((b) => b.text).slice(0, 2)).toEqual([
      'New API key: Card key',
      expect.stringContaining('created the API key "Card key" with role VIEWER'),
    ]);
    const [delivery] = await t.dataSource.query<{ id: string }[]>(
      `SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.entity_id = $1 AND d.channel = 'WEBHOOK'`,
      [keyId],
    );
    expect(post.headers[DELIVERY_ID_HEADER]).toBe(delivery.id);
    expect(await deliveriesAbout(t, keyId)).toEqual([
      expect.objectContaining({ channel: 'WEBHOOK', status: 'DELIVERED', attempts: 1 }),
    ]);
  });

  it('delivers once after a 500 then a 200, both posts naming the same delivery', async () => {
    const before = receiver.posts.length;
    receiver.answer((n) => (n === before + 1 ? 500 : 200));
    const keyId = await newKey('Flaky receiver');
    await tick(t);
    expect(await deliveriesAbout(t, keyId)).toEqual([
      expect.objectContaining({ status: 'PENDING', attempts: 1, lastError: 'HTTP 500' }),
    ]);
    t.clock.advance(MINUTE);
    await tick(t);
    await tick(t);
    const posts = receiver.posts.slice(before);
    expect(posts.map((p) => p.status)).toEqual([500, 200]);
    expect(new Set(posts.map((p) => p.headers[DELIVERY_ID_HEADER])).size).toBe(1);
    expect(await deliveriesAbout(t, keyId)).toEqual([expect.objectContaining({ status: 'DELIVERED', attempts: 2 })]);
  });

  it('fails at once on an answer that retrying cannot change (404), and tells the admins', async () => {
    receiver.answer(() => 404);
    const keyId = await newKey('Deleted channel');
    await tick(t);
    expect(await deliveriesAbout(t, keyId)).toEqual([
      expect.objectContaining({ status: 'FAILED', attempts: 1, lastError: 'HTTP 404' }),
    ]);
    const told = (await inbox(t, admin)).filter((n) => n.kind === 'DELIVERY_FAILED');
    expect(told.map((n) => n.title)).toEqual(['Could not deliver a notification by webhook']);
  });

  it('posts to the webhook of each team a notification is addressed to, as well as the organisation’s; a removed webhook fails what was due to it', async () => {
    const team = await createTeam(t, org.id, TeamFunction.CYBER_SOC);
    await setWebhook(admin, { organisationId: org.id, teamId: team.id, url: `${receiver.url}-team` });
    const raised = await t.app.get(UnitOfWork).run(() =>
      t.app
        .get(NotificationsService)
        .notify(
          NotificationKind.API_KEY_CREATED,
          { organisationId: org.id, entityType: 'api_key', entityId: null },
          [Recipients.team(team.id)],
          {
            params: { keyName: 'For the SOC', role: 'VIEWER' },
          },
        ),
    );
    expect(raised).toMatchObject({ people: 0, deliveries: 2 });
    const removed = await t.gql.ok<{ removeNotificationWebhook: { urlPreview: string } }>(
      NOTIFICATION_OPS.removeWebhook,
      { input: { organisationId: org.id, teamId: team.id } },
      { token: admin.token },
    );
    expect(removed.removeNotificationWebhook.urlPreview).toMatch(/…team$/);
    const before = receiver.posts.length;
    await tick(t);
    expect(receiver.posts.slice(before).map((p) => p.status)).toEqual([200]);
    const statuses: { status: string; lastError: string | null }[] = await t.dataSource.query(
      `SELECT status, last_error AS "lastError" FROM notification_delivery WHERE notification_id = $1 ORDER BY team_id NULLS FIRST`,
      [raised?.id],
    );
    expect(statuses).toEqual([
      { status: 'DELIVERED', lastError: null },
      { status: 'FAILED', lastError: 'the webhook was removed' },
    ]);
  });
});
