import { FixedClock } from '@muster/platform-core';
import { Scheduler } from '@muster/platform-scheduler';
import { errorCode, setClockAndSignIn, startTestApp, TestApp, TestUser } from '@muster/testing';
import { report } from '../incidents/incident-api';
import { inbox } from '../notifications/notification-api';
import { createOnCallWorld, oncallOk, oncallRequest, OnCallWorld, PageView, RotaView, weekly } from './oncall-api';

const START = '2026-11-28T02:00:00Z';

/**
 * Pages: the on-call paged with a one-time link, escalated to the deputy after the level's
 * timeout exactly once by two API instances whose schedulers tick together, stopped by an
 * acknowledgement (API or link), and raised by an incident report; all on the audit trail
 * and the incident's timeline.
 */
describe('paging the on-call', () => {
  const clock = new FixedClock(new Date(START));
  let a: TestApp;
  let b: TestApp;
  let w: OnCallWorld;
  let people: TestUser[];

  beforeAll(async () => {
    a = await startTestApp({ clock });
    b = await startTestApp({ clock });
    w = await createOnCallWorld(a);
    people = [w.admin, w.eprrLead, w.commander, w.alice, w.bob, w.carol, w.dan, w.icbCommander, w.stranger];
    const primary = await oncallOk<RotaView>(
      a,
      'createRota',
      { organisationId: w.trust.id, duty: 'TACTICAL', name: 'Silver' },
      w.admin,
    );
    await oncallOk(
      a,
      'setRotaLayer',
      weekly(primary.id, primary.version, [w.alice.id], { startsOn: '2026-01-05' }),
      w.admin,
    );
    const deputy = await oncallOk<RotaView>(
      a,
      'createRota',
      { organisationId: w.trust.id, duty: 'TACTICAL', deputy: true, name: 'Silver deputy' },
      w.admin,
    );
    await oncallOk(
      a,
      'setRotaLayer',
      weekly(deputy.id, deputy.version, [w.bob.id], { startsOn: '2026-01-05' }),
      w.admin,
    );
    await oncallOk(
      a,
      'setEscalationPolicy',
      {
        organisationId: w.trust.id,
        duty: 'TACTICAL',
        levels: [
          { target: 'ON_CALL', ackTimeoutMinutes: 10 },
          { target: 'DEPUTY', ackTimeoutMinutes: 15 },
        ],
      },
      w.eprrLead,
    );
  });
  beforeEach(() => setClockAndSignIn(a, START, people));
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const at = (iso: string) => setClockAndSignIn(a, iso, people);
  const page = (message = 'EPR down at the main site: silver needed') =>
    oncallOk<PageView>(a, 'pageOnCall', { organisationId: w.trust.id, duty: 'TACTICAL', message }, w.commander);
  const pageNow = async (id: string) =>
    (await oncallOk<{ nodes: PageView[] }>(a, 'pages', { organisationId: w.trust.id, first: 100 }, w.admin)).nodes.find(
      (p) => p.id === id,
    ) as PageView;
  const events = async (id: string) =>
    (
      await a.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`,
        [id],
      )
    ).map((e) => e.action);
  const linkOf = async (who: TestUser, pageId: string) => {
    const n = (await inbox(a, who)).find((x) => x.kind === 'ON_CALL_PAGE' && x.about.entityId === pageId);
    const match = /(http\S+\/ack\/[A-Za-z0-9_-]{22})/.exec(n?.body ?? '');
    if (!match) throw new Error(`no link in ${n?.body}`);
    return match[1].replace(/^http:\/\/localhost:3000/, a.baseUrl);
  };

  /** Both instances tick together, as two processes would, until neither finds anything to do. */
  async function tickBoth(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      const reports = await Promise.all([a.app.get(Scheduler).tick(), b.app.get(Scheduler).tick()]);
      if (reports.every((r) => r.scheduled + r.completed + r.failed + r.worked === 0)) return;
    }
    throw new Error('the schedulers still had work after 50 rounds');
  }

  it('pages the on-call with a one-time link, then the deputy after the timeout, exactly once across two instances', async () => {
    const raised = await page();
    expect(raised).toMatchObject({ status: 'OPEN', level: 1, pagedPerson: { displayName: 'Alice Silver' } });
    const alices = (await inbox(a, w.alice)).filter((n) => n.kind === 'ON_CALL_PAGE');
    expect(alices).toHaveLength(1);
    expect(alices[0].title).toBe('On-call page: tactical (silver) on-call');
    expect(alices[0].body).toContain(
      `EPR down at the main site: silver needed (${w.trust.name}, no incident). Acknowledge within 10 minutes`,
    );

    await at('2026-11-28T02:09:59Z');
    await tickBoth();
    expect((await pageNow(raised.id)).level).toBe(1);

    await at('2026-11-28T02:10:00Z');
    await tickBoth();
    await tickBoth();
    const escalated = await pageNow(raised.id);
    expect(escalated).toMatchObject({ status: 'OPEN', level: 2, pagedPerson: { displayName: 'Bob Silver' } });
    expect(escalated.notices.map((n) => [n.level, n.person?.displayName])).toEqual([
      [1, 'Alice Silver'],
      [2, 'Bob Silver'],
    ]);
    expect((await inbox(a, w.bob)).filter((n) => n.about.entityId === raised.id)).toHaveLength(1);
    expect(await events(raised.id)).toEqual([
      'oncall.page_raised',
      'oncall.page_sent',
      'oncall.page_escalated',
      'oncall.page_sent',
    ]);

    // Bob acknowledges: the time to acknowledge runs from the page being raised.
    await at('2026-11-28T02:12:00Z');
    const acked = await oncallOk<PageView>(a, 'acknowledgePage', { pageId: raised.id }, w.bob);
    expect(acked).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: { displayName: 'Bob Silver' },
      secondsToAcknowledge: 720,
    });
    await at('2026-11-28T03:00:00Z');
    await tickBoth();
    expect((await pageNow(raised.id)).status).toBe('ACKNOWLEDGED');
    expect(await events(raised.id)).toHaveLength(5);
    const again = await oncallRequest(a, 'acknowledgePage', { pageId: raised.id }, w.alice);
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('stops escalating once acknowledged, and exhausts a page nobody acknowledges', async () => {
    const stopped = await page('Second page');
    await at('2026-11-28T02:05:00Z');
    await oncallOk(a, 'acknowledgePage', { pageId: stopped.id }, w.alice);
    await at('2026-11-28T02:30:00Z');
    await tickBoth();
    expect(await pageNow(stopped.id)).toMatchObject({ status: 'ACKNOWLEDGED', level: 1, secondsToAcknowledge: 300 });
    expect((await pageNow(stopped.id)).notices).toHaveLength(1);

    await at('2026-11-28T04:00:00Z');
    const ignored = await page('Nobody answers this one');
    await at('2026-11-28T04:10:00Z');
    await tickBoth();
    await at('2026-11-28T04:25:00Z');
    await tickBoth();
    expect(await pageNow(ignored.id)).toMatchObject({ status: 'EXHAUSTED', level: 2 });
    expect((await events(ignored.id)).filter((e) => e === 'oncall.page_exhausted')).toHaveLength(1);
  });

  it('acknowledges by the one-time link once, as the person paged, and never another page', async () => {
    const first = await page('Link test');
    const other = await page('Another page');
    const link = await linkOf(w.alice, first.id);
    // Opening the link (or a mail scanner fetching it) acknowledges nothing: it asks.
    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(`<form method="post" action="${new URL(link).pathname}">`);
    expect((await pageNow(first.id)).status).toBe('OPEN');
    const ok = await fetch(link, { method: 'POST' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Page acknowledged');
    expect(await pageNow(first.id)).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: { displayName: 'Alice Silver' },
    });
    expect((await pageNow(other.id)).status).toBe('OPEN');
    const twice = await fetch(link, { method: 'POST' });
    expect(twice.status).toBe(410);
    expect((await fetch(link)).status).toBe(410);
    const unknown = await fetch(`${a.baseUrl}/ack/AAAAAAAAAAAAAAAAAAAAAA`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    const [stored] = await a.dataSource.query<{ hashes: number }[]>(
      `SELECT count(*)::int AS hashes FROM oncall_page_notice WHERE page_id = $1 AND token_hash IS NOT NULL AND octet_length(token_hash) = 32`,
      [first.id],
    );
    expect(stored.hashes).toBe(1);
    const [[actor]] = [
      await a.dataSource.query<{ actor_id: string }[]>(
        `SELECT actor_id FROM audit_event WHERE entity_id = $1 AND action = 'oncall.page_acknowledged'`,
        [first.id],
      ),
    ];
    expect(actor.actor_id).toBe(w.alice.id);
  });

  it('refuses paging and acknowledging across organisations', async () => {
    const raised = await page('Access test');
    expect(errorCode(await oncallRequest(a, 'acknowledgePage', { pageId: raised.id }, w.stranger))).toBe('NOT_FOUND');
    expect(errorCode(await oncallRequest(a, 'acknowledgePage', { pageId: raised.id }, w.carol))).toBe('FORBIDDEN');
    const foreign = await oncallRequest(
      a,
      'pageOnCall',
      { organisationId: w.trust.id, duty: 'TACTICAL', message: 'not mine' },
      w.stranger,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const list = await oncallOk<{ nodes: PageView[] }>(a, 'pages', { first: 100 }, w.stranger);
    expect(list.nodes.filter((p) => p.organisationId === w.trust.id)).toEqual([]);
  });

  it('pages the operational on-call when an incident is reported, on the incident timeline', async () => {
    const bronze = await oncallOk<RotaView>(
      a,
      'createRota',
      { organisationId: w.trust.id, duty: 'OPERATIONAL', name: 'Bronze' },
      w.admin,
    );
    await oncallOk(
      a,
      'setRotaLayer',
      weekly(bronze.id, bronze.version, [w.carol.id], { startsOn: '2026-01-05' }),
      w.admin,
    );
    const incident = await report(a, w.trust.id, w.commander);
    const pages = await oncallOk<{ nodes: PageView[] }>(
      a,
      'pages',
      { incidentId: incident.id, first: 10 },
      w.commander,
    );
    expect(pages.nodes.map((p) => [p.trigger, p.pagedPerson?.displayName])).toEqual([
      ['INCIDENT_REPORTED', 'Carol Night'],
    ]);
    await oncallOk(a, 'acknowledgePage', { pageId: pages.nodes[0].id }, w.carol);
    const timeline = await a.gql.ok<{ incidentTimeline: { nodes: { action: string; summary: string }[] } }>(
      `query ($id: ID!) { incidentTimeline(incidentId: $id, order: OLDEST_FIRST, first: 50) { nodes { action summary } } }`,
      { id: incident.id },
      { token: w.commander.token },
    );
    expect(timeline.incidentTimeline.nodes.map((n) => n.action)).toEqual(
      expect.arrayContaining(['oncall.page_raised', 'oncall.page_sent', 'oncall.page_acknowledged']),
    );
  });
});
