import { randomUUID } from 'node:crypto';
import { NotifyClient } from 'notifications-node-client';
import { Role } from '@muster/platform-access';
import { NotificationKind, NotificationsService, Recipients } from '@muster/notifications';
import {
  createOrganisation,
  createUser,
  errorCode,
  NotifyStub,
  startNotifyStub,
  startTestApp,
  TEST_NOTIFY_SMS_TEMPLATE_ID,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { act, createIncidentWorld, IncidentWorld, report } from '../incidents/incident-api';
import { deliveriesAbout, inbox, notificationEvents, tick } from './notification-api';
import { auditEventsMentioning, giveMobileNumber, SMS_OPS } from './sms-api';

const MINUTE = 60_000;

/** SMS through a local GOV.UK Notify stub: Muster's Notify client talks to it as it would to Notify. */
describe('SMS delivery', () => {
  let stub: NotifyStub;
  let t: TestApp;
  let w: IncidentWorld;
  let org: TestOrg;
  let admin: TestUser;

  beforeAll(async () => {
    stub = await startNotifyStub();
    t = await startTestApp({
      env: { ...stub.env, NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_RETRY_BASE_SECONDS: '60', NOTIFY_RETRY_MAX_SECONDS: '600' },
    });
    w = await createIncidentWorld(t);
    org = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
  });
  afterAll(async () => {
    await t.close();
    await stub.close();
  });
  beforeEach(() => stub.behave(() => null));

  /** An INCIDENT_ROLE_ASSIGNED notification to `who`, about a new (made-up) incident of `org`: its id. */
  async function roleAssigned(who: TestUser): Promise<string> {
    const incidentId = randomUUID();
    await t.app
      .get(NotificationsService)
      .notify(
        NotificationKind.INCIDENT_ROLE_ASSIGNED,
        { organisationId: org.id, entityType: 'incident', entityId: incidentId },
        [Recipients.user(who.id)],
        { params: { incidentRef: 'INC-2026-0042', title: 'Pathology LIMS outage', roleLabel: 'Loggist' } },
      );
    return incidentId;
  }

  async function personWithNumber(number: string): Promise<TestUser> {
    const person = await createUser(t, [{ organisationId: org.id, role: Role.RESPONDER }]);
    await giveMobileNumber(t, person, number);
    return person;
  }

  it('texts the person given a command role: the template, their number, the notification’s own words and nothing else', async () => {
    const i = await report(t, w.trust.id, w.responder, {
      title: 'EPR down at the Royal',
      description: 'Ward 7 patient list for Mrs Smith leaked; ICO reportable, per the DPO.',
    });
    await act(t, 'declareIncident', { id: i.id, version: i.version }, w.commander);
    await giveMobileNumber(t, w.responder, '07700 900101');
    await act(t, 'assignIncidentRole', { incidentId: i.id, role: 'SCRIBE', userId: w.responder.id }, w.commander);

    const [sms] = await t.dataSource.query<{ id: string; status: string }[]>(
      `SELECT d.id, d.status FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
        WHERE n.entity_id = $1 AND d.channel = 'SMS'`,
      [i.id],
    );
    expect(sms.status).toBe('PENDING');
    await tick(t);

    const received = stub.received.filter((s) => s.phoneNumber === '+447700900101');
    expect(received).toHaveLength(1);
    const [n] = (await inbox(t, w.responder)).filter((x) => x.kind === 'INCIDENT_ROLE_ASSIGNED');
    expect(received[0].body).toEqual({
      template_id: TEST_NOTIFY_SMS_TEMPLATE_ID,
      phone_number: '+447700900101',
      personalisation: { message: `${n.title}\n${n.body}` },
      reference: sms.id,
    });
    expect(n.body).toContain(`made you scribe on incident ${i.reference} "EPR down at the Royal"`);
    // The incident's free text (personal data, an IG view) is not a field of the template: never texted.
    for (const word of ['Smith', 'ICO', 'DPO', 'Ward 7'])
      expect(received[0].personalisation.message).not.toContain(word);
    expect((await deliveriesAbout(t, i.id)).filter((d) => d.channel === 'SMS')).toEqual([
      expect.objectContaining({ status: 'DELIVERED', attempts: 1, address: '+447700900101' }),
    ]);
    expect(stub.refused).toEqual([]);
  });

  it('retries a Notify 5xx after a doubling backoff, then marks the delivery failed and tells the admins in their inbox', async () => {
    const person = await personWithNumber('07700 900102');
    stub.behave((sms) => (sms.phoneNumber === '+447700900102' ? 500 : null));
    const incidentId = await roleAssigned(person);

    await tick(t);
    expect(await deliveriesAbout(t, incidentId)).toEqual([
      expect.objectContaining({ channel: 'SMS', status: 'PENDING', attempts: 1, lastError: 'Notify 500 Exception' }),
    ]);
    await tick(t);
    expect(stub.attempts.get('+447700900102')).toBe(1); // not due again before its backoff
    t.clock.advance(MINUTE);
    await tick(t);
    expect(stub.attempts.get('+447700900102')).toBe(2);
    t.clock.advance(2 * MINUTE);
    await tick(t);

    expect(stub.attempts.get('+447700900102')).toBe(3);
    expect(stub.received.filter((s) => s.phoneNumber === '+447700900102')).toEqual([]);
    expect(await deliveriesAbout(t, incidentId)).toEqual([
      expect.objectContaining({ status: 'FAILED', attempts: 3, lastError: 'Notify 500 Exception' }),
    ]);
    expect(await notificationEvents(t, incidentId)).toEqual([
      'notification.raised',
      'notification.delivery_attempt_failed',
      'notification.delivery_attempt_failed',
      'notification.delivery_failed',
    ]);
    const told = (await inbox(t, admin)).filter((n) => n.kind === 'DELIVERY_FAILED' && n.body.includes('ending 102'));
    expect(told.map((n) => [n.title, n.body])).toEqual([
      [
        'Could not deliver a notification by SMS',
        '"Command role on incident INC-2026-0042" did not reach mobile ending 102 after 3 attempt(s) (Notify 500 Exception). Check the settings.',
      ],
    ]);
    // The trail names the number by its last digits only.
    expect(await auditEventsMentioning(t, '7700900102')).toBe(0);
  });

  it('gives up at once on a Notify 400 or 403, and retries a 429', async () => {
    const [refused, unauthorised, limited] = [
      await personWithNumber('07700 900103'),
      await personWithNumber('07700 900104'),
      await personWithNumber('07700 900105'),
    ];
    const status: Record<string, number> = { '+447700900103': 400, '+447700900104': 403, '+447700900105': 429 };
    stub.behave((sms) => status[sms.phoneNumber] ?? null);
    const ids = [await roleAssigned(refused), await roleAssigned(unauthorised), await roleAssigned(limited)];
    await tick(t);
    const outcomes = await Promise.all(ids.map(async (id) => (await deliveriesAbout(t, id))[0]));
    expect(outcomes.map((d) => [d.status, d.attempts, d.lastError])).toEqual([
      ['FAILED', 1, 'Notify 400 BadRequestError'],
      ['FAILED', 1, 'Notify 403 AuthError'],
      ['PENDING', 1, 'Notify 429 RateLimitError'],
    ]);
  });

  it('is answered by a stub that checks the token as Notify does: a key with another secret is refused', async () => {
    const key = stub.env.NOTIFY_API_KEY;
    const forged = new NotifyClient(stub.env.NOTIFY_BASE_URL, `${key.slice(0, -36)}${randomUUID()}`);
    const refused = await forged
      .sendSms(TEST_NOTIFY_SMS_TEMPLATE_ID, '+447700900199', { personalisation: { message: 'hello' } })
      .then(
        () => null,
        (error: { response?: { status: number } }) => error.response?.status,
      );
    expect(refused).toBe(403);
    expect(stub.refused.slice(-1)).toEqual([
      { status: 403, error: 'AuthError', message: 'Invalid token: API key not found' },
    ]);
    expect(stub.attempts.get('+447700900199')).toBeUndefined();
  });

  it('texts no one without a mobile number', async () => {
    const person = await createUser(t, [{ organisationId: org.id, role: Role.RESPONDER }]);
    const incidentId = await roleAssigned(person);
    expect(await deliveriesAbout(t, incidentId)).toEqual([]);
    expect((await inbox(t, person)).map((n) => n.about.entityId)).toEqual([incidentId]);
  });

  it('texts only kinds of SMS_KINDS, and by each person’s choice for kinds that allow one', async () => {
    const person = await personWithNumber('07700 900106');
    const prefs = async () =>
      (
        await t.gql.ok<{ notificationPreferences: { kind: string; email: boolean; sms: boolean; smsRule: string }[] }>(
          SMS_OPS.preferences,
          {},
          { token: person.token },
        )
      ).notificationPreferences;
    expect((await prefs()).find((p) => p.kind === 'INCIDENT_ROLE_ASSIGNED')).toEqual({
      kind: 'INCIDENT_ROLE_ASSIGNED',
      email: true,
      sms: true,
      smsRule: 'BY_CHOICE',
    });
    expect((await prefs()).find((p) => p.kind === 'API_KEY_CREATED')).toMatchObject({ sms: false, smsRule: 'NEVER' });

    const off = await t.gql.ok<{ setSmsPreference: { sms: boolean; email: boolean } }>(
      SMS_OPS.setSmsPreference,
      { input: { kind: 'INCIDENT_ROLE_ASSIGNED', sms: false } },
      { token: person.token },
    );
    expect(off.setSmsPreference).toEqual({
      kind: 'INCIDENT_ROLE_ASSIGNED',
      email: true,
      sms: false,
      smsRule: 'BY_CHOICE',
    });
    const quiet = await roleAssigned(person);
    expect(await deliveriesAbout(t, quiet)).toEqual([]);
    expect((await inbox(t, person)).map((n) => n.about.entityId)).toContain(quiet);

    await t.gql.ok(
      SMS_OPS.setSmsPreference,
      { input: { kind: 'INCIDENT_ROLE_ASSIGNED', sms: true } },
      { token: person.token },
    );
    const texted = await roleAssigned(person);
    expect((await deliveriesAbout(t, texted)).map((d) => [d.channel, d.address])).toEqual([['SMS', '+447700900106']]);

    const never = await t.gql.request(
      SMS_OPS.setSmsPreference,
      { input: { kind: 'RUNBOOK_SUBMITTED', sms: true } },
      { token: person.token },
    );
    expect(errorCode(never)).toBe('BAD_USER_INPUT');
    expect(never.errors?.[0].extensions?.fields).toEqual([{ field: 'kind', message: 'is never sent by SMS' }]);

    const [{ events }] = await t.dataSource.query<{ events: number }[]>(
      `SELECT count(*)::int AS events FROM audit_event WHERE action = 'notification.preference_set' AND entity_id = $1`,
      [person.id],
    );
    expect(events).toBe(2);
  });
});
