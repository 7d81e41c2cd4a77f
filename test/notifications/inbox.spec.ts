import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { act, createRunbookOrg, draftWithSteps, step } from '../runbooks/runbook-api';
import { inbox, markRead, NOTIFICATION_OPS, unreadCount } from './notification-api';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('the inbox: notifications raised by runbooks and identity, read through GraphQL', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  it("puts a submitted runbook in the other EPRR leads' inboxes, not the submitter's, linked to the runbook", async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1, { title: 'Cyber attack on pathology' });
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);

    const [received] = await inbox(t, o.secondLead);
    expect(received).toMatchObject({
      kind: 'RUNBOOK_SUBMITTED',
      title: 'Runbook to review: Cyber attack on pathology',
      urgent: false,
      readAt: null,
      about: { entityType: 'runbook', entityId: draft.id, organisationId: o.org.id },
    });
    expect(received.body).toContain(`"Cyber attack on pathology" (${o.org.name}) for review`);
    expect(await unreadCount(t, o.secondLead)).toBe(1);
    for (const other of [o.lead, o.admin, o.igOfficer, o.viewer]) expect(await inbox(t, other)).toEqual([]);

    const [event] = await t.dataSource.query<{ organisationId: string | null; changes: unknown }[]>(
      `SELECT e.organisation_id AS "organisationId", e.changes FROM audit_event e JOIN notification n ON n.id::text = e.entity_id
        WHERE e.action = 'notification.raised' AND n.entity_id = $1`,
      [draft.id],
    );
    expect(event.organisationId).toBe(o.org.id);
    expect(event.changes).toMatchObject({
      kind: 'RUNBOOK_SUBMITTED',
      people: [o.secondLead.id],
      recipients: [{ type: 'role', role: 'EPRR_LEAD', organisationId: o.org.id }],
    });
  });

  it('tells the submitter and whoever holds a role its steps name when it is approved, never the approver', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1, { title: 'Supplier compromise' });
    await act(
      t,
      'addRunbookStep',
      { runbookId: draft.id, ...step('Assess personal data', { responsibleRole: Role.IG_OFFICER }) },
      o.lead,
    );
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
    await act(t, 'approveRunbook', { id: draft.id }, o.secondLead);

    const approvedFor = async (who: TestUser) =>
      (await inbox(t, who)).filter((n) => n.kind === 'RUNBOOK_APPROVED' && n.about.entityId === draft.id);
    expect((await approvedFor(o.lead)).map((n) => n.title)).toEqual(['Runbook approved: Supplier compromise']);
    expect(await approvedFor(o.igOfficer)).toHaveLength(1);
    expect(await approvedFor(o.secondLead)).toEqual([]);
    expect(await approvedFor(o.viewer)).toEqual([]);
    expect((await approvedFor(o.lead))[0].body).toContain('as version 1');
  });

  it('tells the submitter when a reviewer returns the runbook to draft', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1, { title: 'DDoS on the website' });
    await act(t, 'submitRunbookForReview', { id: draft.id }, o.lead);
    await act(t, 'returnRunbookToDraft', { id: draft.id, reason: 'Add the supplier contacts' }, o.secondLead);
    const returned = (await inbox(t, o.lead)).filter((n) => n.kind === 'RUNBOOK_RETURNED');
    expect(returned.map((n) => n.about.entityId)).toEqual([draft.id]);
    // The reviewer's words stay in the runbook's history, not in the message.
    expect(returned[0].body).not.toContain('supplier contacts');
  });

  it('marks only the caller’s own notifications read, audited once, and refuses anyone else’s id without marking anything', async () => {
    const [mine] = await inbox(t, o.secondLead, { unreadOnly: true });
    const theirs = (await inbox(t, o.lead, { unreadOnly: true }))[0];
    const events = async () =>
      Number(
        (
          await t.dataSource.query<{ count: string }[]>(
            `SELECT count(*) FROM audit_event WHERE action = 'notification.read'`,
          )
        )[0].count,
      );
    const before = await events();

    const mixed = await markRead(t, o.secondLead, [mine.id, theirs.id]);
    expect(errorCode(mixed)).toBe('NOT_FOUND');
    expect((await inbox(t, o.secondLead)).find((n) => n.id === mine.id)?.readAt).toBeNull();
    expect((await inbox(t, o.lead)).find((n) => n.id === theirs.id)?.readAt).toBeNull();

    const marked = await markRead(t, o.secondLead, [mine.id]);
    expect(marked.data?.markNotificationsRead).toEqual([{ id: mine.id, readAt: t.clock.now().toISOString() }]);
    expect(await events()).toBe(before + 1);
    // Again: nothing left to mark, nothing recorded.
    expect((await markRead(t, o.secondLead, [mine.id])).data?.markNotificationsRead[0].readAt).toBe(
      t.clock.now().toISOString(),
    );
    expect(await events()).toBe(before + 1);
    expect((await inbox(t, o.secondLead, { unreadOnly: true })).map((n) => n.id)).not.toContain(mine.id);
  });

  it('tells every admin of the organisation, its creator included, of a new API key', async () => {
    const secondAdmin = await createUser(t, [{ organisationId: o.org.id, role: Role.ORG_ADMIN }]);
    const created = await t.gql.ok<{ createApiKey: { apiKey: { id: string } } }>(
      NOTIFICATION_OPS.createApiKey,
      { input: { organisationId: o.org.id, role: Role.RESPONDER, name: 'SOC SIEM' } },
      { token: o.admin.token },
    );
    for (const admin of [o.admin, secondAdmin]) {
      const [n] = (await inbox(t, admin)).filter((x) => x.kind === 'API_KEY_CREATED');
      expect(n).toMatchObject({
        title: 'New API key: SOC SIEM',
        urgent: true,
        about: { entityType: 'api_key', entityId: created.createApiKey.apiKey.id },
      });
      expect(n.body).toContain('with role RESPONDER');
    }
    expect((await inbox(t, o.lead)).filter((x) => x.kind === 'API_KEY_CREATED')).toEqual([]);
  });

  it('tells a person once when failed sign-ins lock their account, and has no inbox for an API key', async () => {
    const person = await createUser(t, [{ organisationId: o.org.id, role: Role.RESPONDER }]);
    const attempt = (password: string) =>
      t.gql.request(
        LOGIN,
        { input: { email: person.email, password } },
        { headers: { 'x-forwarded-for': '203.0.113.7' } },
      );
    for (let i = 0; i < 6; i++) await attempt('not the password');
    expect(errorCode(await attempt(person.password))).toBe('TOO_MANY_REQUESTS');
    const locked = (await inbox(t, person)).filter((n) => n.kind === 'ACCOUNT_LOCKED');
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({
      title: 'Sign-in to your Muster account paused',
      about: { entityType: 'user', entityId: person.id },
    });

    const key = await t.gql.ok<{ createApiKey: { secret: string } }>(
      NOTIFICATION_OPS.createApiKey,
      { input: { organisationId: o.org.id, role: Role.VIEWER, name: 'Dashboard' } },
      { token: o.admin.token },
    );
    const res = await t.gql.request(NOTIFICATION_OPS.unreadCount, {}, { apiKey: key.createApiKey.secret });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('pages newest first, unread only when asked, in the same number of statements for 2 as for 20', async () => {
    const org: TestOrg = await createOrganisation(t);
    const admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    for (let i = 1; i <= 24; i++) {
      t.clock.advance(1000);
      await t.gql.ok(
        NOTIFICATION_OPS.createApiKey,
        { input: { organisationId: org.id, role: Role.VIEWER, name: `Key ${i}` } },
        { token: admin.token },
      );
    }
    const page = (first: number, after?: string, unreadOnly = false) =>
      t.gql.request<{
        notifications: {
          nodes: { title: string; id: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(NOTIFICATION_OPS.notifications, { first, after, unreadOnly }, { token: admin.token });
    const small = await page(2);
    const large = await page(20);
    expect(small.data?.notifications.nodes.map((n) => n.title)).toEqual(['New API key: Key 24', 'New API key: Key 23']);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    const next = await page(20, large.data?.notifications.pageInfo.endCursor);
    expect(next.data?.notifications.nodes.map((n) => n.title)).toEqual([
      'New API key: Key 4',
      'New API key: Key 3',
      'New API key: Key 2',
      'New API key: Key 1',
    ]);
    expect(next.data?.notifications.pageInfo.hasNextPage).toBe(false);

    await markRead(
      t,
      admin,
      (small.data?.notifications.nodes ?? []).map((n) => n.id),
    );
    const unread = await page(2, undefined, true);
    expect(unread.data?.notifications.nodes.map((n) => n.title)).toEqual([
      'New API key: Key 22',
      'New API key: Key 21',
    ]);
    expect(await unreadCount(t, admin)).toBe(22);
  });
});
