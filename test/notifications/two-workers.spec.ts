import { performance } from 'node:perf_hooks';
import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Scheduler } from '@muster/platform-scheduler';
import { IdentityAudit } from '@muster/identity';
import { NotificationKind, NotificationsService, Recipients } from '@muster/notifications';
import { createOrganisation, startTestApp, TestApp, TestOrg } from '@muster/testing';
import { approvedRunbook, createRunbookOrg } from '../runbooks/runbook-api';
import { MailSink, startMailSink } from '@muster/testing';

const PEOPLE = 100;
const NOTIFICATIONS = 10;

/**
 * Two API instances — two schedulers, two delivery workers, two connection pools — over one
 * database, ticking at the same time as separate processes would: every message is sent
 * once, and every reminder raised once. On the embedded database the instances' transactions
 * take turns (it runs one at a time), which the test tolerates; SKIP LOCKED is exercised
 * for real on the server.
 */
describe('two instances over one database', () => {
  const clock = new FixedClock(new Date('2026-11-28T09:00:00Z'));
  let sink: MailSink;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    sink = await startMailSink();
    a = await startTestApp({ clock, env: sink.env });
    b = await startTestApp({ clock, env: sink.env });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await sink.close();
  });

  /** Both instances tick together, as two processes would, until neither finds anything to do. */
  async function tickBoth(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      const reports = await Promise.all([a.app.get(Scheduler).tick(), b.app.get(Scheduler).tick()]);
      if (reports.every((r) => r.scheduled + r.completed + r.failed + r.worked === 0)) return;
    }
    throw new Error('the schedulers still had work after 50 rounds');
  }

  it(`delivers each of ${PEOPLE * NOTIFICATIONS} emails exactly once, counted at the SMTP sink`, async () => {
    const org = await createOrganisation(a);
    await manyLeads(a, org, PEOPLE);
    await a.app.get(UnitOfWork).run(async () => {
      for (let n = 1; n <= NOTIFICATIONS; n++) {
        await a.app
          .get(NotificationsService)
          .notify(
            NotificationKind.RUNBOOK_SUBMITTED,
            { organisationId: org.id, entityType: 'runbook', entityId: null },
            [Recipients.role(org.id, Role.EPRR_LEAD)],
            { params: { runbookTitle: `Bulk ${n}` } },
          );
      }
    });
    const before = sink.received.length;
    const started = performance.now();
    await tickBoth();
    const seconds = (performance.now() - started) / 1000;

    const deliveries: { id: string; status: string; attempts: number }[] = await a.dataSource.query(
      `SELECT d.id, d.status, d.attempts FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
        WHERE n.organisation_id = $1 AND d.channel = 'EMAIL'`,
      [org.id],
    );
    expect(deliveries).toHaveLength(PEOPLE * NOTIFICATIONS);
    expect(deliveries.every((d) => d.status === 'DELIVERED' && d.attempts === 1)).toBe(true);
    // Counted at the sink: each delivery's Message-ID once, and nothing else for these people.
    const ours = new Set(deliveries.map((d) => `<${d.id}@test.muster.nhs.uk>`));
    const received = sink.received
      .slice(before)
      .filter((m) => m.to.endsWith(`-${org.odsCode.toLowerCase()}@example.nhs.uk`))
      .map((m) => m.messageId);
    expect(received).toHaveLength(PEOPLE * NOTIFICATIONS);
    expect(new Set(received)).toEqual(ours);

    // Both workers took part: each claim names its worker.
    const claims: { worker: string; n: number }[] = await a.dataSource.query(
      `SELECT e.changes->>'worker' AS worker, count(*)::int AS n
         FROM audit_event e, json_array_elements(e.changes->'deliveries') d
        WHERE e.action = 'notification.deliveries_claimed' AND d->>'id' = ANY($1) GROUP BY 1`,
      [deliveries.map((d) => d.id)],
    );
    expect(claims).toHaveLength(2);
    expect(claims.reduce((sum, c) => sum + c.n, 0)).toBe(PEOPLE * NOTIFICATIONS);
    const [{ delivered }] = await a.dataSource.query<{ delivered: number }[]>(
      `SELECT count(*)::int AS delivered FROM audit_event WHERE action = 'notification.delivered' AND organisation_id = $1`,
      [org.id],
    );
    expect(delivered).toBe(PEOPLE * NOTIFICATIONS);
    process.stdout.write(
      `two workers: ${received.length} emails in ${seconds.toFixed(1)} s (${(received.length / seconds).toFixed(0)}/s); claims ${claims.map((c) => c.n).join(' + ')}\n`,
    );
  }, 180_000);

  it('raises each review reminder once, whichever instance sweeps', async () => {
    const o = await createRunbookOrg(a);
    const runbooks = [];
    for (let i = 0; i < 5; i++)
      runbooks.push(
        await approvedRunbook(a, o.org.id, o.lead, o.secondLead, { title: `Reminder ${i}`, reviewIntervalMonths: 1 }),
      );
    clock.set('2026-12-20T09:00:00Z');
    await tickBoth();
    await tickBoth();
    const reminders: { entityId: string; n: number; inboxes: number }[] = await a.dataSource.query(
      `SELECT n.entity_id AS "entityId", count(DISTINCT n.id)::int AS n, count(i.id)::int AS inboxes
         FROM notification n JOIN notification_inbox i ON i.notification_id = n.id
        WHERE n.kind = 'RUNBOOK_REVIEW_DUE' AND n.organisation_id = $1 GROUP BY 1 ORDER BY 1`,
      [o.org.id],
    );
    expect(reminders).toEqual(
      runbooks.map((r) => ({ entityId: r.id, n: 1, inboxes: 2 })).sort((x, y) => x.entityId.localeCompare(y.entityId)),
    );
    const [{ sweeps }] = await a.dataSource.query<{ sweeps: number }[]>(
      `SELECT count(*)::int AS sweeps FROM scheduled_job WHERE kind = 'runbooks.review-sweep' AND run_at = '2026-12-20T09:00:00Z'`,
    );
    expect(sweeps).toBe(1);
  }, 120_000);
});

/** `count` active EPRR leads of the organisation, written in one audited statement (no sign-in needed). */
async function manyLeads(t: TestApp, org: TestOrg, count: number): Promise<void> {
  await t.app.get(UnitOfWork).run(async (tx) => {
    await tx.manager.query(
      `WITH people AS (
         INSERT INTO app_user (email, display_name) SELECT 'lead' || n || '-' || $2 || '@example.nhs.uk', 'Lead ' || n FROM generate_series(1, $3) n RETURNING id)
       INSERT INTO membership (user_id, organisation_id, role) SELECT id, $1, 'EPRR_LEAD' FROM people`,
      [org.id, org.odsCode.toLowerCase(), count],
    );
    tx.record({
      action: IdentityAudit.userCreated,
      organisationId: org.id,
      entityType: 'organisation',
      entityId: org.id,
      summary: `Test fixture created ${count} EPRR leads`,
      changes: { count },
    });
  });
}
