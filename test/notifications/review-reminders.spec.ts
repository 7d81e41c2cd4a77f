import { Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { Scheduler } from '@muster/platform-scheduler';
import { RunbookAudit } from '@muster/runbooks';
import { startTestApp, TestApp, TestUser, createUser } from '@muster/testing';
import { act, approvedRunbook, createRunbookOrg } from '../runbooks/runbook-api';
import { inbox, tick } from './notification-api';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** Review reminders on the scheduler, driven by the injected clock (no waiting). */
describe('runbook review reminders', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;
  let thirdLead: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
    thirdLead = await createUser(t, [{ organisationId: o.org.id, role: Role.EPRR_LEAD }]);
  });
  afterAll(() => t.close());

  /** Moves the clock and signs the people in again (a token is good only around its issue time). */
  async function at(when: string): Promise<void> {
    t.clock.set(when);
    for (const user of [o.lead, o.secondLead, thirdLead, o.admin]) {
      user.token = (
        await t.gql.ok<{ login: { accessToken: string } }>(LOGIN, {
          input: { email: user.email, password: user.password },
        })
      ).login.accessToken;
    }
  }

  const remindersOf = async (who: TestUser, runbookId: string) =>
    (await inbox(t, who))
      .filter((n) => n.about.entityId === runbookId && n.kind.startsWith('RUNBOOK_REVIEW'))
      .map((n) => n.kind);

  it('reminds the owner and the EPRR leads once within 30 days of the review date, and once when it has passed', async () => {
    await at('2026-11-28T09:00:00Z');
    const runbook = await approvedRunbook(t, o.org.id, o.lead, o.secondLead, {
      title: 'Cyber reminder runbook',
      reviewIntervalMonths: 12,
    });
    expect(runbook.nextReviewAt).toBe('2027-11-28T09:00:00.000Z');

    await at('2027-10-28T09:00:00Z'); // 31 days before
    await tick(t);
    expect(await remindersOf(o.lead, runbook.id)).toEqual([]);

    await at('2027-10-30T09:00:00Z');
    await tick(t);
    for (const lead of [o.lead, o.secondLead, thirdLead])
      expect(await remindersOf(lead, runbook.id)).toEqual(['RUNBOOK_REVIEW_DUE']);
    expect(await remindersOf(o.admin, runbook.id)).toEqual([]);
    const [due] = (await inbox(t, o.lead)).filter((n) => n.kind === 'RUNBOOK_REVIEW_DUE');
    expect(due).toMatchObject({ title: 'Review due: Cyber reminder runbook' });
    expect(due.body).toContain('is due for review on 28 Nov 2027');

    // Later sweeps (the same hour, the next hours) find it again and remind nobody again.
    await tick(t);
    await at('2027-11-02T15:30:00Z');
    await tick(t);
    expect(await remindersOf(o.secondLead, runbook.id)).toEqual(['RUNBOOK_REVIEW_DUE']);

    await at('2027-11-28T10:00:00Z');
    await tick(t);
    await tick(t);
    expect(await remindersOf(o.secondLead, runbook.id)).toEqual(['RUNBOOK_REVIEW_OVERDUE', 'RUNBOOK_REVIEW_DUE']);
    const keys: { key: string; status: string }[] = await t.dataSource.query(
      `SELECT key, status FROM scheduled_job WHERE key LIKE $1 ORDER BY key`,
      [`%:${runbook.id}:%`],
    );
    expect(keys).toEqual([
      { key: `review-due:${runbook.id}:2027-11-28`, status: 'DONE' },
      { key: `review-overdue:${runbook.id}:2027-11-28`, status: 'DONE' },
    ]);
  });

  it('audits each sweep and reminder as a job of the system, and reminds nobody of a runbook retired meanwhile', async () => {
    await at('2026-11-28T12:00:00Z');
    const runbook = await approvedRunbook(t, o.org.id, o.lead, o.secondLead, {
      title: 'Retired before its review',
      reviewIntervalMonths: 1,
    });
    await act(t, 'retireRunbook', { id: runbook.id, reason: 'Superseded by the ICS-wide cyber runbook' }, o.lead);
    await at('2026-12-20T12:00:00Z');
    await tick(t);
    expect(await remindersOf(o.lead, runbook.id)).toEqual([]);

    // The sweep of this hour (other suites' runbooks may be reminded in it too).
    const events: { action: string; actor: string }[] = await t.dataSource.query(
      `SELECT action, actor_type AS actor FROM audit_event WHERE entity_type = 'scheduled_job' AND summary LIKE $1 ORDER BY id`,
      ['%runbooks.review-sweep@2026-12-20T12:00:00.000Z%'],
    );
    expect(events.map((e) => e.action)).toEqual(['job.scheduled', 'job.completed']);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set(['SYSTEM']));

    // A reminder enqueued before the runbook was retired (a process stopped between sweep and reminder) reminds nobody.
    const key = `review-due:${runbook.id}:2026-12-28`;
    await t.app.get(UnitOfWork).run(async (tx) => {
      await t.app.get(Scheduler).enqueue(tx, {
        kind: 'runbooks.review-reminder',
        key,
        runAt: tx.now,
        organisationId: o.org.id,
        payload: { runbookId: runbook.id, nextReviewAt: '2026-12-28T12:00:00.000Z', overdue: false },
      });
      tx.record({
        action: RunbookAudit.updated,
        organisationId: o.org.id,
        entityType: 'runbook',
        entityId: runbook.id,
        summary: 'Test: a stale reminder',
        changes: {},
      });
    });
    await tick(t);
    const [done] = await t.dataSource.query<{ status: string; summary: string }[]>(
      `SELECT j.status, e.summary FROM scheduled_job j JOIN audit_event e ON e.entity_id = j.id::text AND e.action = 'job.completed' WHERE j.key = $1`,
      [key],
    );
    expect(done).toEqual({ status: 'DONE', summary: `Job ${key}: no longer due (approved again or retired)` });
    expect(await remindersOf(o.lead, runbook.id)).toEqual([]);
  });
});
