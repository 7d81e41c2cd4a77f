import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Role } from '@muster/platform-access';
import { createLogger } from '@muster/platform-core';
import { IdentityAudit } from '@muster/identity';
import { NotificationKind, NotificationsService, Recipients } from '@muster/notifications';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { deliveriesAbout } from './notification-api';
import { auditEventsMentioning, mobileNumbersSeen, setMobileNumber, SMS_OPS } from './sms-api';

/** A person's mobile number: personal data, set by them or their organisation's admins, seen by no one else. */
describe('mobile numbers', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let admin: TestUser;
  let person: TestUser;
  let colleague: TestUser;
  let otherAdmin: TestUser;
  let auditor: TestUser;
  let systemAdmin: TestUser;
  const log: { msg: string }[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) log.push(JSON.parse(line) as { msg: string });
        done();
      },
    });
    // No NOTIFY_API_KEY: the SMS channel is off.
    t = await startTestApp({ logger: createLogger('info', 'json', sink) });
    org = await createOrganisation(t);
    other = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    person = await createUser(t, [{ organisationId: org.id, role: Role.INCIDENT_COMMANDER }]);
    colleague = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
    otherAdmin = await createUser(t, [{ organisationId: other.id, role: Role.ORG_ADMIN }]);
    auditor = await createUser(t, [{ organisationId: org.id, role: Role.AUDITOR }]);
    systemAdmin = await createUser(t, [{ organisationId: org.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());

  const numberOf = async (userId: string): Promise<string | null> => {
    const [row] = await t.dataSource.query<{ mobile_number: string | null }[]>(
      `SELECT mobile_number FROM app_user WHERE id = $1`,
      [userId],
    );
    return row.mobile_number;
  };

  it('is set by the person, stored normalised, and shown to them, their organisation’s admins and system admins only', async () => {
    const res = await setMobileNumber(t, person, person.id, ' +44 (0)7700 900201 ');
    expect(res.data?.setMobileNumber.mobileNumber).toBe('+447700900201');
    expect(await numberOf(person.id)).toBe('+447700900201');
    const me = await t.gql.ok<{ me: { user: { mobileNumber: string | null } } }>(
      SMS_OPS.me,
      {},
      { token: person.token },
    );
    expect(me.me.user.mobileNumber).toBe('+447700900201');
    expect((await mobileNumbersSeen(t, admin, org.id)).get(person.id)).toBe('+447700900201');
    expect((await mobileNumbersSeen(t, systemAdmin, org.id)).get(person.id)).toBe('+447700900201');
    // An auditor sees the people, never their numbers.
    const seenByAuditor = await mobileNumbersSeen(t, auditor, org.id);
    expect(seenByAuditor.get(person.id)).toBeNull();
    expect([...seenByAuditor.values()].every((n) => n === null)).toBe(true);
  });

  it('is set by an admin of the person’s organisation, audited with its last digits only', async () => {
    const res = await setMobileNumber(t, admin, colleague.id, '07700900202');
    expect(res.data?.setMobileNumber.mobileNumber).toBe('+447700900202');
    const events = await t.dataSource.query<{ summary: string; changes: unknown; organisation_id: string }[]>(
      `SELECT summary, changes, organisation_id FROM audit_event WHERE action = $1 AND entity_id = $2 ORDER BY id`,
      [IdentityAudit.userMobileNumberSet, colleague.id],
    );
    expect(events.map((e) => [e.changes, e.organisation_id])).toEqual([
      [{ before: { mobileNumberEnding: null }, after: { mobileNumberEnding: '…202' } }, org.id],
    ]);
    expect(events[0].summary).toMatch(/^Set the mobile number of .+ \(ending 202\)$/);
    expect(await auditEventsMentioning(t, '7700900202')).toBe(0);

    // The same number again changes nothing and records nothing; null removes it.
    await setMobileNumber(t, colleague, colleague.id, '07700 900202');
    const cleared = await setMobileNumber(t, colleague, colleague.id, null);
    expect(cleared.data?.setMobileNumber.mobileNumber).toBeNull();
    expect(await numberOf(colleague.id)).toBeNull();
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = $1 AND entity_id = $2`,
      [IdentityAudit.userMobileNumberSet, colleague.id],
    );
    expect(count).toBe(2);
  });

  it('is NOT_FOUND for a person of another organisation, FORBIDDEN for colleagues and auditors, and writes nothing', async () => {
    await setMobileNumber(t, person, person.id, '07700 900203');
    expect(errorCode(await setMobileNumber(t, otherAdmin, person.id, '07700 900299'))).toBe('NOT_FOUND');
    expect(errorCode(await setMobileNumber(t, otherAdmin, randomUUID(), '07700 900299'))).toBe('NOT_FOUND');
    expect(errorCode(await setMobileNumber(t, colleague, person.id, '07700 900299'))).toBe('FORBIDDEN');
    expect(errorCode(await setMobileNumber(t, auditor, person.id, '07700 900299'))).toBe('FORBIDDEN');
    expect(await numberOf(person.id)).toBe('+447700900203');
    expect((await mobileNumbersSeen(t, otherAdmin, other.id)).get(person.id)).toBeUndefined();
  });

  it.each([
    ['a landline', '01782 715444'],
    ['a number abroad', '+33 6 12 34 56 78'],
    ['letters', 'call me'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_, input) => {
    const res = await setMobileNumber(t, person, person.id, input);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'mobileNumber', message: 'must be a UK mobile number, such as 07700 900123' },
    ]);
  });

  it('reads the numbers of a page of people in one statement, whatever the page size', async () => {
    const counts: number[] = [];
    for (const first of [2, 20]) {
      const res = await t.gql.request(
        `query($organisationId: ID!, $first: Int) { users(organisationId: $organisationId, first: $first) { nodes { id mobileNumber } } }`,
        { organisationId: org.id, first },
        { token: admin.token },
      );
      counts.push(res.extensions?.sqlStatements ?? -1);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  it('sends no SMS without NOTIFY_API_KEY, and says so once at start', async () => {
    await setMobileNumber(t, person, person.id, '07700 900204');
    const incidentId = randomUUID();
    await t.app
      .get(NotificationsService)
      .notify(
        NotificationKind.INCIDENT_ROLE_ASSIGNED,
        { organisationId: org.id, entityType: 'incident', entityId: incidentId },
        [Recipients.user(person.id)],
        { params: { incidentRef: 'INC-2026-0043', title: 'Switchboard down', roleLabel: 'Loggist' } },
      );
    expect(await deliveriesAbout(t, incidentId)).toEqual([]);
    expect(log.filter((l) => l.msg.startsWith('SMS is off: NOTIFY_API_KEY is not set'))).toHaveLength(1);
  });
});
