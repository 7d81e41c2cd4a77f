import { LiveEvents } from '@muster/platform-graphql';
import { startTestApp, TestApp, TestUser } from '@muster/testing';
import { act } from '../incidents/incident-api';
import { subscribe } from '../notifications/live-client';
import { HISTORY, TRAIL } from '../audit/audit-api.operations';
import {
  createIgWorld,
  decide,
  igOk,
  IgWorld,
  openThread,
  personalDataIncident,
  THREAD_FIELDS,
  ThreadView,
} from './ig-api';

const INCIDENT_THREADS = `query ($id: ID!) { incident(id: $id) { id igThreads { ${THREAD_FIELDS} } } }`;
const TIMELINE = `query ($id: ID!) { incidentTimeline(incidentId: $id, first: 100) { nodes { action summary text } } }`;

/**
 * Field-level restriction: decision content (data involved, grading, rationale, legal basis,
 * consultations, references, reasons) only for the organisation's IG officers, the incident's
 * commander and IG lead, auditors and system admins. Everyone else who sees the incident sees
 * that a decision exists, its type, outcome and the deadline status — on every path.
 */
describe('IG decision content is seen only by those who may, on every path', () => {
  let t: TestApp;
  let w: IgWorld;
  let incidentId: string;
  let thread: ThreadView;
  let decisionId: string;
  let notificationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIgWorld(t);
    const reported = await personalDataIncident(t, w);
    // Declared by the trust's commander (now its COMMANDER); the EPRR lead made IG lead.
    const declared = await act(t, 'declareIncident', { id: reported.id, version: reported.version }, w.commander);
    await act(
      t,
      'assignIncidentRole',
      { incidentId: declared.id, role: 'IG_LEAD', userId: w.eprrLead.id },
      w.commander,
    );
    incidentId = declared.id;
    // Aware 50 hours ago: due within 24 hours, so igDeadlines lists it.
    thread = await openThread(t, w.igOfficer, incidentId, w.trust.id, '2026-11-26T07:00:00Z');
    decisionId = (await decide(t, w.igOfficer, thread.id, 'ICO_ART33')).id;
    notificationId = (
      await igOk<{ id: string }>(
        t,
        'recordIgNotification',
        {
          threadId: thread.id,
          // Senior management told: the 72-hour clock still runs, so igDeadlines lists the thread.
          recipient: 'SENIOR_MANAGEMENT',
          externalReference: 'SECRET-REFERENCE-SM-1',
          details: 'SECRET-DETAILS',
          delayReason: 'SECRET-DELAY: the SIRO was reached only this morning',
        },
        w.igOfficer,
      )
    ).id;
  });
  afterAll(() => t.close());

  /** Every read path of the log, the timeline and the audit history, as `who` sees them. */
  async function everyPath(who: TestUser): Promise<Record<string, unknown>> {
    const as = { token: who.token };
    const history = async (entityType: string, entityId: string) =>
      (await t.gql.ok<{ auditHistory: { nodes: unknown[] } }>(HISTORY, { entityType, entityId, first: 50 }, as))
        .auditHistory.nodes;
    return {
      igThreads: await igOk(t, 'igThreads', { incidentId }, who),
      igThread: await igOk(t, 'igThread', { id: thread.id }, who),
      igDecisionHistory: await igOk(t, 'igDecisionHistory', { threadId: thread.id }, who),
      igDeadlines: await igOk(t, 'igDeadlines', { first: 50 }, who),
      incidentIgThreads: (
        await t.gql.ok<{ incident: { igThreads: ThreadView[] } }>(INCIDENT_THREADS, { id: incidentId }, as)
      ).incident.igThreads,
      timeline: await t.gql.ok(TIMELINE, { id: incidentId }, as),
      threadHistory: await history('ig_thread', thread.id),
      decisionHistory: await history('ig_decision', decisionId),
      notificationHistory: await history('ig_notification', notificationId),
    };
  }

  const SECRET = /SECRET|health records|Caldicott Guardian agreed|UK GDPR Art\. 33\(1\)/;

  it.each([
    ['a responder of the trust', (x: IgWorld) => x.responder],
    ['a viewer of the trust', (x: IgWorld) => x.viewer],
    ['the trust’s organisation admin', (x: IgWorld) => x.orgAdmin],
    ['a second incident commander of the trust, not the incident’s', (x: IgWorld) => x.secondCommander],
    ['the ICB’s incident commander (sees every incident)', (x: IgWorld) => x.icbCommander],
    ['the affected trust’s IG officer (another controller)', (x: IgWorld) => x.igOfficer2],
  ])('%s sees the decision exists, its type, outcome and deadline status, and no content', async (_, pick) => {
    const who = pick(w);
    const seen = await everyPath(who);
    expect(JSON.stringify(seen)).not.toMatch(SECRET);
    const th = seen.igThread as ThreadView;
    expect(th).toMatchObject({ contentVisible: false, deadlineStatus: 'DUE_SOON' });
    expect(th.currentDecisions).toEqual([
      expect.objectContaining({ id: decisionId, type: 'ICO_ART33', outcome: 'REPORTABLE', content: null }),
    ]);
    expect(th.notifications).toEqual([
      expect.objectContaining({ recipient: 'SENIOR_MANAGEMENT', phase: 1, content: null }),
    ]);
    const nested = seen.incidentIgThreads as ThreadView[];
    expect(nested.map((n) => [n.id, n.contentVisible, n.currentDecisions[0].content])).toEqual([
      [thread.id, false, null],
    ]);
    const deadlines = (seen.igDeadlines as { nodes: ThreadView[] }).nodes.filter((n) => n.id === thread.id);
    expect(deadlines).toEqual([expect.objectContaining({ contentVisible: false, deadlineStatus: 'DUE_SOON' })]);
    expect(deadlines[0].currentDecisions[0].content).toBeNull();
    expect(seen.igDecisionHistory).toEqual([expect.objectContaining({ id: decisionId, content: null })]);
    // The timeline shows that it happened, by type and outcome.
    const summaries = (seen.timeline as { incidentTimeline: { nodes: { action: string; summary: string }[] } })
      .incidentTimeline.nodes;
    expect(summaries.filter((n) => n.action.startsWith('ig.')).map((n) => n.action)).toEqual([
      'ig.notification_recorded',
      'ig.decision_recorded',
      'ig.thread_opened',
    ]);
    expect(summaries.find((n) => n.action === 'ig.decision_recorded')?.summary).toMatch(
      /ICO notification \(UK GDPR Art\. 33\), reportable/,
    );
    // The audit history of the records reads as empty, as for a record that does not exist.
    expect([seen.threadHistory, seen.decisionHistory, seen.notificationHistory]).toEqual([[], [], []]);
  });

  it.each([
    ['the trust’s IG officer', (x: IgWorld) => x.igOfficer],
    ['the incident’s commander', (x: IgWorld) => x.commander],
    ['the incident’s IG lead', (x: IgWorld) => x.eprrLead],
    ['an auditor', (x: IgWorld) => x.icbAuditor],
  ])('%s sees the content', async (_, pick) => {
    const seen = await everyPath(pick(w));
    const th = seen.igThread as ThreadView;
    expect(th.contentVisible).toBe(true);
    expect((seen.incidentIgThreads as ThreadView[])[0].currentDecisions[0].content?.rationale).toMatch(/^SECRET/);
    expect(th.currentDecisions[0].content?.rationale).toMatch(/^SECRET-RATIONALE/);
    expect(th.notifications[0].content).toMatchObject({ externalReference: 'SECRET-REFERENCE-SM-1' });
    expect((seen.decisionHistory as unknown[]).length).toBe(1);
  });

  it('keeps content out of the audit trail and its export, which organisation admins read', async () => {
    const trail = await t.gql.ok<{ auditTrail: { nodes: { action: string }[] } }>(
      TRAIL,
      { filter: { incidentId }, first: 100 },
      { token: w.orgAdmin.token },
    );
    const ig = trail.auditTrail.nodes.filter((n) => n.action.startsWith('ig.'));
    expect(ig).toHaveLength(3);
    expect(JSON.stringify(ig)).not.toMatch(SECRET);
    const exported = await fetch(
      `${t.baseUrl}/audit/export?${new URLSearchParams({ organisationId: w.trust.id }).toString()}`,
      { headers: { authorization: `Bearer ${w.orgAdmin.token}` } },
    );
    const body = await exported.text();
    expect(exported.status).toBe(200);
    expect(body).toContain('ig.decision_recorded');
    expect(body).not.toMatch(SECRET);
  });

  it('sends a timeline subscriber the entry of a new decision without its content', async () => {
    const live = t.app.get(LiveEvents);
    const original = live.listen.bind(live);
    const ready = new Promise<void>((resolve) => {
      const spy = jest.spyOn(live, 'listen').mockImplementation(<E>(topic: string) => {
        const events = original<E>(topic);
        if (topic !== `incident:${incidentId}`) return events;
        spy.mockRestore();
        const next = events.next.bind(events);
        events.next = () => {
          const pulled = next();
          resolve();
          return pulled;
        };
        return events;
      });
    });
    const sub = subscribe<{ incidentTimelineAdded: { action: string; summary: string } }>(
      t,
      { authorization: `Bearer ${w.responder.token}` },
      `subscription { incidentTimelineAdded(id: "${incidentId}") { action summary text } }`,
    );
    await ready;
    try {
      await decide(t, w.igOfficer, thread.id, 'DATA_SUBJECTS_ART34', {
        rationale: 'SECRET-RATIONALE-LIVE',
      });
      const event = await sub.next();
      expect('next' in event && event.next.data?.incidentTimelineAdded.action).toBe('ig.decision_recorded');
      expect(JSON.stringify(event)).not.toMatch(SECRET);
    } finally {
      await sub.dispose();
    }
  });
});
