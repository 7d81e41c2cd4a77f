import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { act, draftWithSteps } from '../runbooks/runbook-api';
import { MailSink, startMailSink } from '@muster/testing';
import { deliveriesAbout, inbox, NOTIFICATION_OPS, notificationEvents, tick } from './notification-api';

const MINUTE = 60_000;

/** Email through a local SMTP sink: Muster speaks SMTP to it as it would to NHSmail. */
describe('email delivery', () => {
  let sink: MailSink;
  let t: TestApp;
  let org: TestOrg;
  let admin: TestUser;

  beforeAll(async () => {
    sink = await startMailSink();
    t = await startTestApp({
      env: { ...sink.env, NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_RETRY_BASE_SECONDS: '60', NOTIFY_RETRY_MAX_SECONDS: '600' },
    });
    org = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(() => sink.behave(() => null));

  /** A new API key: one email to the organisation's one admin. */
  async function apiKeyNotice(name: string): Promise<string> {
    const created = await t.gql.ok<{ createApiKey: { apiKey: { id: string } } }>(
      NOTIFICATION_OPS.createApiKey,
      { input: { organisationId: org.id, role: Role.VIEWER, name } },
      { token: admin.token },
    );
    return created.createApiKey.apiKey.id;
  }

  it('emails each recipient exactly once, with its subject and a Message-ID naming the delivery', async () => {
    const leads: TestUser[] = [];
    for (let i = 0; i < 3; i++) leads.push(await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]));
    const draft = await draftWithSteps(t, org.id, leads[0], 1, { title: 'Email account compromise' });
    await act(t, 'submitRunbookForReview', { id: draft.id }, leads[0]);
    expect((await deliveriesAbout(t, draft.id)).map((d) => d.status)).toEqual(['PENDING', 'PENDING']);

    await tick(t);
    await tick(t);
    const mail = sink.received.filter((m) => leads.some((l) => l.email === m.to));
    expect(mail.map((m) => m.to).sort()).toEqual([leads[1].email, leads[2].email].sort());
    expect(mail.map((m) => m.subject)).toEqual([
      'Runbook to review: Email account compromise',
      'Runbook to review: Email account compromise',
    ]);
    const ids: { id: string }[] = await t.dataSource.query(
      `SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.entity_id = $1`,
      [draft.id],
    );
    expect(mail.map((m) => m.messageId).sort()).toEqual(ids.map((d) => `<${d.id}@test.muster.nhs.uk>`).sort());
    expect(mail[0].headers['auto-submitted']).toBe('auto-generated');
    expect(mail[0].text).toContain(`submitted "Email account compromise" (${org.name}) for review`);
    expect((await deliveriesAbout(t, draft.id)).map((d) => [d.status, d.attempts])).toEqual([
      ['DELIVERED', 1],
      ['DELIVERED', 1],
    ]);
    expect(await notificationEvents(t, draft.id)).toEqual([
      'notification.raised',
      'notification.delivered',
      'notification.delivered',
    ]);
  });

  it('retries after a doubling backoff: refused twice, delivered on the third attempt, once', async () => {
    const offered = () => sink.attempts.get(admin.email) ?? 0;
    const start = offered();
    sink.behave((mail, n) => (mail.to === admin.email && n <= start + 2 ? 451 : null));
    const keyId = await apiKeyNotice('Retried key');

    await tick(t);
    expect(await deliveriesAbout(t, keyId)).toEqual([
      expect.objectContaining({ status: 'PENDING', attempts: 1, lastError: 'SMTP 451' }),
    ]);
    await tick(t);
    expect(offered()).toBe(start + 1); // not due again before its backoff
    t.clock.advance(MINUTE);
    await tick(t);
    expect(offered()).toBe(start + 2);
    t.clock.advance(MINUTE); // the second wait is two minutes
    await tick(t);
    expect(offered()).toBe(start + 2);
    t.clock.advance(MINUTE);
    await tick(t);

    expect(sink.received.filter((m) => m.subject === 'New API key: Retried key').map((m) => m.to)).toEqual([
      admin.email,
    ]);
    expect(await deliveriesAbout(t, keyId)).toEqual([
      expect.objectContaining({ status: 'DELIVERED', attempts: 3, lastError: null }),
    ]);
    expect(await notificationEvents(t, keyId)).toEqual([
      'notification.raised',
      'notification.delivery_attempt_failed',
      'notification.delivery_attempt_failed',
      'notification.delivered',
    ]);
  });

  it('marks a delivery failed after its last attempt and tells the organisation’s admins in their inbox, never by email', async () => {
    sink.behave((mail) => (mail.to === admin.email ? 451 : null));
    const keyId = await apiKeyNotice('Never delivered');
    for (const wait of [0, 1, 2]) {
      t.clock.advance(wait * MINUTE);
      await tick(t);
    }
    expect(await deliveriesAbout(t, keyId)).toEqual([
      expect.objectContaining({ status: 'FAILED', attempts: 3, lastError: 'SMTP 451' }),
    ]);
    const told = (await inbox(t, admin)).filter(
      (n) => n.kind === 'DELIVERY_FAILED' && n.about.entityType === 'notification',
    );
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain(
      `"New API key: Never delivered" did not reach ${admin.email} after 3 attempt(s) (SMTP 451)`,
    );
    const [{ emails }] = await t.dataSource.query<{ emails: number }[]>(
      `SELECT count(d.id)::int AS emails FROM notification n LEFT JOIN notification_delivery d ON d.notification_id = n.id WHERE n.kind = 'DELIVERY_FAILED'`,
    );
    expect(emails).toBe(0);
    expect((await notificationEvents(t, keyId)).slice(-1)).toEqual(['notification.delivery_failed']);
  });

  it('gives up at once on a permanent refusal (an SMTP 5xx reply)', async () => {
    sink.behave((mail) => (mail.to === admin.email ? 550 : null));
    const keyId = await apiKeyNotice('No such mailbox');
    await tick(t);
    expect(await deliveriesAbout(t, keyId)).toEqual([
      expect.objectContaining({ status: 'FAILED', attempts: 1, lastError: 'SMTP 550' }),
    ]);
  });

  it('emails by each person’s choice per kind, urgent kinds whatever they chose, and refuses a choice for kinds never emailed', async () => {
    const [author, quiet, keen] = [
      await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]),
      await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]),
      await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]),
    ];
    await t.gql.ok(
      NOTIFICATION_OPS.setPreference,
      { input: { kind: 'RUNBOOK_SUBMITTED', email: false } },
      { token: quiet.token },
    );
    const draft = await draftWithSteps(t, org.id, author, 1, { title: 'Quiet please' });
    await act(t, 'submitRunbookForReview', { id: draft.id }, author);
    expect((await deliveriesAbout(t, draft.id)).map((d) => d.address)).toContain(keen.email);
    expect((await deliveriesAbout(t, draft.id)).map((d) => d.address)).not.toContain(quiet.email);
    expect((await inbox(t, quiet)).map((n) => n.about.entityId)).toContain(draft.id);

    await t.gql.ok(
      NOTIFICATION_OPS.setPreference,
      { input: { kind: 'API_KEY_CREATED', email: false } },
      { token: admin.token },
    );
    const keyId = await apiKeyNotice('Urgent anyway');
    expect((await deliveriesAbout(t, keyId)).map((d) => d.address)).toEqual([admin.email]);

    const refused = await t.gql.request(
      NOTIFICATION_OPS.setPreference,
      { input: { kind: 'DELIVERY_FAILED', email: true } },
      { token: admin.token },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const { notificationPreferences } = await t.gql.ok<{
      notificationPreferences: { kind: string; email: boolean; urgent: boolean; emailable: boolean }[];
    }>(NOTIFICATION_OPS.preferences, {}, { token: quiet.token });
    expect(notificationPreferences.find((p) => p.kind === 'RUNBOOK_SUBMITTED')).toEqual({
      kind: 'RUNBOOK_SUBMITTED',
      email: false,
      urgent: false,
      emailable: true,
    });
    expect(notificationPreferences.find((p) => p.kind === 'DELIVERY_FAILED')).toEqual({
      kind: 'DELIVERY_FAILED',
      email: false,
      urgent: false,
      emailable: false,
    });
  });
});
