import { FixedClock } from '@muster/platform-core';
import { Scheduler } from '@muster/platform-scheduler';
import { setClockAndSignIn, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act } from '../incidents/incident-api';
import { inbox } from '../notifications/notification-api';
import {
  createIgWorld,
  decide,
  details,
  getThread,
  igOk,
  IgWorld,
  openThread,
  personalDataIncident,
  ThreadView,
} from './ig-api';

// 00:30 BST on Sunday 25 October 2026, the last Sunday of October: the clocks go back at 02:00 BST.
const AWARE = '2026-10-24T23:30:00Z';

/**
 * The 72-hour clock: instant arithmetic across the change from BST to GMT, igDeadlines, and
 * the warnings at 48 h, 66 h and the deadline — raised once each by two API instances whose
 * schedulers tick together over one database.
 */
describe('the IG 72-hour clock', () => {
  const clock = new FixedClock(new Date('2026-10-25T06:00:00Z'));
  let a: TestApp;
  let b: TestApp;
  let w: IgWorld;
  let people: TestUser[];

  beforeAll(async () => {
    a = await startTestApp({ clock });
    b = await startTestApp({ clock });
    w = await createIgWorld(a);
    people = [
      w.igOfficer,
      w.igOfficer2,
      w.eprrLead,
      w.responder,
      w.responder2,
      w.commander,
      w.icbCommander,
      w.stranger,
    ];
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const at = (iso: string) => setClockAndSignIn(a, iso, people);

  /** Both instances tick together, as two processes would, until neither finds anything to do. */
  async function tickBoth(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      const reports = await Promise.all([a.app.get(Scheduler).tick(), b.app.get(Scheduler).tick()]);
      if (reports.every((r) => r.scheduled + r.completed + r.failed + r.worked === 0)) return;
    }
    throw new Error('the schedulers still had work after 50 rounds');
  }

  const clockNotices = async (who: TestUser, threadId: string) =>
    (await inbox(a, who))
      .filter((n) => n.about.entityId === threadId && n.kind.startsWith('IG_CLOCK'))
      .map((n) => n.kind)
      .reverse();

  it('is due 72 real hours after an awareness at 00:30 BST on the last Sunday of October, shown in UK time', async () => {
    await at('2026-10-25T06:00:00Z');
    const i = await personalDataIncident(a, w, 'BST to GMT breach');
    const th = await openThread(a, w.igOfficer, i.id, w.trust.id, AWARE);
    expect(th).toMatchObject({
      awarenessAt: '2026-10-24T23:30:00.000Z',
      awarenessLondon: 'Sun 25 Oct 2026, 00:30 BST',
      deadlineAt: '2026-10-27T23:30:00.000Z',
      deadlineLondon: 'Tue 27 Oct 2026, 23:30 GMT',
      deadlineStatus: 'RUNNING',
    });
    expect(new Date(th.deadlineAt).getTime() - new Date(th.awarenessAt).getTime()).toBe(72 * 3_600_000);
    // Stored as the same instant: PostgreSQL agrees (timestamptz arithmetic).
    const [row] = await a.dataSource.query<{ exact: boolean }[]>(
      `SELECT deadline_at = awareness_at + interval '72 hours' AS exact FROM ig_thread WHERE id = $1`,
      [th.id],
    );
    expect(row.exact).toBe(true);

    await at('2026-10-26T23:29:00Z');
    expect((await getThread(a, w.igOfficer, th.id)).deadlineStatus).toBe('RUNNING');
    await at('2026-10-26T23:31:00Z');
    expect((await getThread(a, w.igOfficer, th.id)).deadlineStatus).toBe('DUE_SOON');
    await at('2026-10-27T23:30:00Z');
    expect((await getThread(a, w.igOfficer, th.id)).deadlineStatus).toBe('DUE_SOON');
    await at('2026-10-27T23:30:01Z');
    expect((await getThread(a, w.igOfficer, th.id)).deadlineStatus).toBe('OVERDUE');
  });

  it('lists threads due within 24 hours or passed, until notified or decided not reportable', async () => {
    await at('2026-11-02T09:00:00Z');
    const i = await personalDataIncident(a, w, 'Deadlines list breach');
    const soon = await openThread(a, w.igOfficer, i.id, w.trust.id, '2026-10-30T12:00:00Z'); // due 2 Nov 12:00
    const later = await openThread(a, w.igOfficer2, i.id, w.trust2.id, '2026-11-02T08:00:00Z'); // due 5 Nov
    const listed = async (who: TestUser, organisationId?: string) =>
      (await igOk<{ nodes: ThreadView[] }>(a, 'igDeadlines', { first: 20, organisationId }, who)).nodes
        .filter((n) => n.incidentId === i.id)
        .map((n) => n.id);
    expect(await listed(w.igOfficer)).toEqual([soon.id]);
    expect(await listed(w.responder2, w.trust.id)).toEqual([soon.id]);
    expect(await listed(w.igOfficer, w.trust2.id)).toEqual([]);
    // Someone who does not see the incident does not see its threads.
    expect(await listed(w.stranger)).toEqual([]);
    await at('2026-11-04T09:00:00Z');
    expect(await listed(w.igOfficer)).toEqual([soon.id, later.id]);
    // A NOT_REPORTABLE ICO decision stops the clock; so does a notification to the ICO.
    await decide(a, w.igOfficer, soon.id, 'ICO_ART33', {
      outcome: 'NOT_REPORTABLE',
      likelihood: 1,
      severity: 1,
    });
    await decide(a, w.igOfficer2, later.id, 'ICO_ART33');
    expect(await listed(w.igOfficer)).toEqual([later.id]);
    await igOk(
      a,
      'recordIgNotification',
      { threadId: later.id, recipient: 'ICO', externalReference: 'ICO-9' },
      w.igOfficer2,
    );
    expect(await listed(w.igOfficer)).toEqual([]);
    expect((await getThread(a, w.igOfficer, soon.id)).deadlineStatus).toBe('NOT_REPORTABLE');
  });

  it('warns the IG officers and the IG lead at 48 h, 66 h and the deadline, once each with two schedulers', async () => {
    await at('2026-10-25T06:00:00Z');
    const reported = await personalDataIncident(a, w, 'Warned breach');
    const declared = await act(a, 'declareIncident', { id: reported.id, version: reported.version }, w.commander);
    await act(
      a,
      'assignIncidentRole',
      { incidentId: declared.id, role: 'IG_LEAD', userId: w.eprrLead.id },
      w.commander,
    );
    const warned = await openThread(a, w.igOfficer, declared.id, w.trust.id, AWARE);
    // The other controller decides at once that it is not reportable: its clock never warns.
    const quiet = await openThread(a, w.igOfficer2, declared.id, w.trust2.id, AWARE);
    await decide(a, w.igOfficer2, quiet.id, 'ICO_ART33', { outcome: 'NOT_REPORTABLE', likelihood: 1, severity: 1 });
    await tickBoth();
    expect(await clockNotices(w.igOfficer, warned.id)).toEqual([]);

    await at('2026-10-26T23:29:00Z');
    await tickBoth();
    expect(await clockNotices(w.igOfficer, warned.id)).toEqual([]);
    await at('2026-10-26T23:30:00Z'); // 48 h
    await tickBoth();
    await tickBoth();
    expect(await clockNotices(w.igOfficer, warned.id)).toEqual(['IG_CLOCK_WARNING']);
    expect(await clockNotices(w.eprrLead, warned.id)).toEqual(['IG_CLOCK_WARNING']);
    await at('2026-10-27T17:30:00Z'); // 66 h
    await tickBoth();
    await at('2026-10-27T23:30:00Z'); // 72 h
    await tickBoth();
    await tickBoth();
    for (const who of [w.igOfficer, w.eprrLead])
      expect(await clockNotices(who, warned.id)).toEqual(['IG_CLOCK_WARNING', 'IG_CLOCK_WARNING', 'IG_CLOCK_PASSED']);
    // Nobody else, and nothing of the other controller's stopped clock.
    expect(await clockNotices(w.responder, warned.id)).toEqual([]);
    expect(await clockNotices(w.commander, warned.id)).toEqual([]);
    expect(await clockNotices(w.igOfficer2, quiet.id)).toEqual([]);
    const notices = await inbox(a, w.igOfficer);
    const text = JSON.stringify(notices.filter((n) => n.about.entityId === warned.id));
    expect(text).toContain('27 Oct, 23:30 (UK time)');
    expect(text).toMatch(/6 hours left/);

    // Each milestone ran once, by one of the two instances.
    const jobs = await a.dataSource.query<{ key: string; status: string; attempts: number }[]>(
      `SELECT key, status, attempts FROM scheduled_job WHERE key LIKE $1 ORDER BY run_at`,
      [`ig-clock:${warned.id}:%`],
    );
    expect(jobs.map((j) => j.key)).toEqual([48, 66, 72].map((h) => `ig-clock:${warned.id}:${h}h`));
    const raised = await a.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE entity_id = $1`,
      [warned.id],
    );
    expect(raised[0].n).toBe(3);
  });

  it('folds milestones already past at opening into one warning', async () => {
    await at('2026-11-10T09:00:00Z');
    const i = await personalDataIncident(a, w, 'Late-entered breach');
    // Aware 70 hours ago: 48 h and 66 h have passed; one warning now, the deadline's later.
    const th = await openThread(a, w.igOfficer, i.id, w.trust.id, '2026-11-07T11:00:00Z');
    await tickBoth();
    expect(await clockNotices(w.igOfficer, th.id)).toEqual(['IG_CLOCK_WARNING']);
    await at('2026-11-10T11:00:00Z');
    await tickBoth();
    expect(await clockNotices(w.igOfficer, th.id)).toEqual(['IG_CLOCK_WARNING', 'IG_CLOCK_PASSED']);
  });

  it('reminds the IG officers when a deferred call is due for review, unless it was decided since', async () => {
    await at('2026-11-20T09:00:00Z');
    const i = await personalDataIncident(a, w, 'Deferred breach');
    const pending = await openThread(a, w.igOfficer, i.id, w.trust.id, '2026-11-20T08:00:00Z');
    const settled = await openThread(a, w.igOfficer2, i.id, w.trust2.id, '2026-11-20T08:00:00Z');
    const deferred = { outcome: 'DEFERRED_PENDING_FACTS', reviewAt: '2026-11-20T15:00:00Z' };
    await decide(a, w.igOfficer, pending.id, 'ICO_ART33', deferred);
    const toSupersede = await decide(a, w.igOfficer2, settled.id, 'ICO_ART33', deferred);
    await igOk(
      a,
      'supersedeIgDecision',
      {
        decisionId: toSupersede.id,
        reason: 'Supplier report in',
        decision: details({ outcome: 'NOT_REPORTABLE', likelihood: 1, severity: 1 }),
      },
      w.igOfficer2,
    );
    const reviews = async (who: TestUser, threadId: string) =>
      (await inbox(a, who)).filter((n) => n.about.entityId === threadId && n.kind === 'IG_REVIEW_DUE');
    await at('2026-11-20T14:59:00Z');
    await tickBoth();
    expect(await reviews(w.igOfficer, pending.id)).toEqual([]);
    await at('2026-11-20T15:00:00Z');
    await tickBoth();
    await tickBoth();
    const due = await reviews(w.igOfficer, pending.id);
    expect(due).toHaveLength(1);
    expect(due[0].body).toContain('20 Nov, 15:00 (UK time)');
    expect(await reviews(w.igOfficer2, settled.id)).toEqual([]);
  });
});
