import { EntityManager } from 'typeorm';
import { Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';
import { IdentityAudit, TeamFunction } from '@muster/identity';
import { NotificationKind, NotificationsService, RecipientResolvers, Recipients } from '@muster/notifications';
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
import { inbox, NOTIFICATION_OPS } from './notification-api';

const OUTBOX_TABLES = ['notification', 'notification_inbox', 'notification_delivery'];

/** The outbox: written by the raising change, in its transaction, or not at all. */
describe('the notification outbox', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: TestUser;
  let notifications: NotificationsService;
  const rows = async () =>
    Object.fromEntries(
      await Promise.all(
        OUTBOX_TABLES.map(
          async (table) =>
            [
              table,
              Number((await t.dataSource.query<{ count: string }[]>(`SELECT count(*) FROM ${table}`))[0].count),
            ] as const,
        ),
      ),
    );
  const about = (entityId: string | null = null) => ({ organisationId: org.id, entityType: 'runbook', entityId });

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: org.id, role: Role.ORG_ADMIN }]);
    notifications = t.app.get(NotificationsService);
  });
  afterAll(() => t.close());

  it('leaves nothing in the outbox, and tells no subscriber, when the change that raised it rolls back', async () => {
    const before = await rows();
    const published = jest.spyOn(t.app.get(LiveEvents), 'publish');
    const change = t.app.get(UnitOfWork).run(async () => {
      const raised = await notifications.notify(
        NotificationKind.RUNBOOK_SUBMITTED,
        about(),
        [Recipients.user(admin.id)],
        { params: { runbookTitle: 'Doomed' } },
      );
      expect(raised).toMatchObject({ people: 1 });
      throw new Error('the change failed after raising its notification');
    });
    await expect(change).rejects.toThrow('the change failed');
    expect(await rows()).toEqual(before);
    expect(published).not.toHaveBeenCalled();
    published.mockRestore();
  });

  it('fails the change itself when its notification cannot be written: through GraphQL, no API key without its notice', async () => {
    await t.dataSource.query(`
      CREATE FUNCTION test_refuse_inbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'inbox refused by the test'; END $$;
      CREATE TRIGGER test_refuse_inbox BEFORE INSERT ON notification_inbox FOR EACH ROW EXECUTE FUNCTION test_refuse_inbox();`);
    try {
      const before = await rows();
      const res = await t.gql.request(
        NOTIFICATION_OPS.createApiKey,
        { input: { organisationId: org.id, role: Role.VIEWER, name: 'Never made' } },
        { token: admin.token },
      );
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(await rows()).toEqual(before);
      expect(await t.dataSource.query(`SELECT id FROM api_key WHERE name = 'Never made'`)).toEqual([]);
    } finally {
      await t.dataSource.query(
        `DROP TRIGGER test_refuse_inbox ON notification_inbox; DROP FUNCTION test_refuse_inbox();`,
      );
    }
  });

  it('resolves people by person, role, team and incident command role: each once, active only, less those excepted', async () => {
    const team = await createTeam(t, org.id, TeamFunction.CYBER_SOC);
    const lead = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
    const responder = await createUser(t, [{ organisationId: org.id, role: Role.RESPONDER, teamId: team.id }]);
    const commander = await createUser(t, [{ organisationId: org.id, role: Role.INCIDENT_COMMANDER }]);
    const leaver = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
    await t.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [leaver.id]);
    const incidentId = '5f0e8a4c-0000-4000-8000-000000000001';
    const asked: [string, string][] = [];
    // The incidents library registered its resolver at start-up; this stands in for it, by its own method.
    const resolver = t.app.get(RecipientResolvers).incidentRoleRecipients();
    jest
      .spyOn(resolver, 'userIds')
      .mockImplementation(async (_manager: EntityManager, incident: string, role: string) => {
        asked.push([incident, role]);
        return [commander.id];
      });

    const raised = await t.app
      .get(UnitOfWork)
      .run(() =>
        notifications.notify(
          NotificationKind.RUNBOOK_SUBMITTED,
          about(),
          [
            Recipients.user(lead.id),
            Recipients.role(org.id, Role.EPRR_LEAD),
            Recipients.team(team.id),
            Recipients.incidentRole(incidentId, 'COMMANDER'),
            Recipients.user(admin.id),
          ],
          { params: { runbookTitle: 'Everyone' }, except: [admin.id] },
        ),
      );
    expect(raised?.people).toBe(3);
    expect(asked).toEqual([[incidentId, 'COMMANDER']]);
    for (const who of [lead, responder, commander])
      expect((await inbox(t, who)).map((n) => n.title)).toContain('Runbook to review: Everyone');
    expect((await inbox(t, admin)).map((n) => n.title)).not.toContain('Runbook to review: Everyone');
    const [{ recipients }] = await t.dataSource.query<{ recipients: { people: string[]; asked: unknown[] } }[]>(
      `SELECT recipients FROM notification WHERE id = $1`,
      [raised?.id],
    );
    expect(recipients.people.sort()).toEqual([lead.id, responder.id, commander.id].sort());
    expect(recipients.asked).toHaveLength(5);
  });

  it('raises once per dedupe key, and writes nothing when nobody is left to tell', async () => {
    const raise = () =>
      t.app.get(UnitOfWork).run(async (tx) => {
        const raised = await notifications.notify(
          NotificationKind.RUNBOOK_SUBMITTED,
          about(),
          [Recipients.user(admin.id)],
          { params: { runbookTitle: 'Once' }, dedupeKey: `test-once:${org.id}` },
        );
        tx.record({
          action: IdentityAudit.organisationUpdated,
          organisationId: org.id,
          entityType: 'organisation',
          entityId: org.id,
          summary: 'Test change',
          changes: {},
        });
        return raised;
      });
    expect(await raise()).not.toBeNull();
    const before = await rows();
    expect(await raise()).toBeNull();
    expect(await rows()).toEqual(before);
    const nobody = await t.app.get(UnitOfWork).run(async (tx) => {
      const raised = await notifications.notify(
        NotificationKind.RUNBOOK_SUBMITTED,
        about(),
        [Recipients.user(admin.id)],
        { params: { runbookTitle: 'Nobody' }, except: [admin.id] },
      );
      tx.record({
        action: IdentityAudit.organisationUpdated,
        organisationId: org.id,
        entityType: 'organisation',
        entityId: org.id,
        summary: 'Test change',
        changes: {},
      });
      return raised;
    });
    expect(nobody).toBeNull();
    expect(await rows()).toEqual(before);
  });
});
