import { Scheduler } from '@muster/platform-scheduler';
import { GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** GraphQL operations and helpers shared by the notification suites. */
export const NOTIFICATION_FIELDS =
  'id kind title body urgent createdAt readAt about { entityType entityId organisationId }';

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  urgent: boolean;
  createdAt: string;
  readAt: string | null;
  about: { entityType: string; entityId: string | null; organisationId: string | null };
}

export const NOTIFICATION_OPS = {
  notifications: `query($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { nodes { ${NOTIFICATION_FIELDS} } pageInfo { hasNextPage endCursor } }
  }`,
  unreadCount: `query { unreadNotificationCount }`,
  markRead: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`,
  subscription: `subscription { notificationReceived { ${NOTIFICATION_FIELDS} } }`,
  setWebhook: `mutation($input: SetNotificationWebhookInput!) { setNotificationWebhook(input: $input) { id organisationId teamId urlPreview } }`,
  removeWebhook: `mutation($input: NotificationWebhookTargetInput!) { removeNotificationWebhook(input: $input) { id urlPreview } }`,
  webhooks: `query($organisationId: ID!) { notificationWebhooks(organisationId: $organisationId) { id teamId urlPreview } }`,
  preferences: `query { notificationPreferences { kind email urgent emailable } }`,
  setPreference: `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind email } }`,
  createApiKey: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`,
};

export async function inbox(
  t: TestApp,
  who: TestUser,
  variables: Record<string, unknown> = {},
): Promise<NotificationView[]> {
  const data = await t.gql.ok<{ notifications: { nodes: NotificationView[] } }>(
    NOTIFICATION_OPS.notifications,
    { first: 100, ...variables },
    { token: who.token },
  );
  return data.notifications.nodes;
}

export async function unreadCount(t: TestApp, who: TestUser): Promise<number> {
  return (await t.gql.ok<{ unreadNotificationCount: number }>(NOTIFICATION_OPS.unreadCount, {}, { token: who.token }))
    .unreadNotificationCount;
}

export function markRead(
  t: TestApp,
  who: TestUser,
  ids: string[],
): Promise<GraphqlResponse<{ markNotificationsRead: { id: string; readAt: string | null }[] }>> {
  return t.gql.request(NOTIFICATION_OPS.markRead, { ids }, { token: who.token });
}

/**
 * Scheduler rounds of the app, at its clock, until one finds nothing to do: what is due now
 * has run (jobs, deliveries). Other suites of this jest worker share the database, and
 * their due work (reminders of their runbooks) runs too, oldest first: one round might
 * not reach this suite's.
 */
export async function tick(t: TestApp): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const { scheduled, completed, failed, worked } = await t.app.get(Scheduler).tick();
    if (scheduled + completed + failed + worked === 0) return;
  }
  throw new Error('the scheduler still had work after 50 rounds');
}

/** Deliveries of the notifications about one entity, oldest first. */
export async function deliveriesAbout(
  t: TestApp,
  entityId: string,
): Promise<{ channel: string; status: string; attempts: number; address: string | null; lastError: string | null }[]> {
  return t.dataSource.query(
    `SELECT d.channel, d.status, d.attempts, d.address, d.last_error AS "lastError"
       FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
      WHERE n.entity_id = $1 ORDER BY d.created_at, d.address NULLS LAST, d.id`,
    [entityId],
  );
}

/** The audit actions recorded about a notification of `entityId`, oldest first. */
export async function notificationEvents(t: TestApp, entityId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.dataSource.query(
    `SELECT e.action FROM audit_event e JOIN notification n ON n.id::text = e.entity_id
      WHERE e.entity_type = 'notification' AND n.entity_id = $1 ORDER BY e.id`,
    [entityId],
  );
  return rows.map((r) => r.action);
}
