import { Scheduler } from '@muster/platform-scheduler';
import { Role } from '@muster/platform-access';
import { createUser, setClockAndSignIn, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, report } from '../incidents/incident-api';
import { createOnCallWorld, oncallOk, OnCallWorld, PageView, RotaView, weekly } from './oncall-api';

const START = '2026-11-28T03:00:00Z';
const DESIGNATE = `mutation ($input: DesignationInput!) { designate(input: $input) { organisationId } }`;

/**
 * Escalation policies: a level naming a designation pages the designated person, the levels
 * run again `repeats` times, then the page is exhausted; and the events that page — a
 * declaration at level 2 pages the ICB's strategic on-call, once; an IG thread opened pages the
 * organisation's IG on-call.
 */
describe('escalation policies and event pages', () => {
  let t: TestApp;
  let w: OnCallWorld;
  let people: TestUser[];

  beforeAll(async () => {
    t = await startTestApp();
    w = await createOnCallWorld(t);
    people = [w.admin, w.eprrLead, w.commander, w.alice, w.bob, w.icbCommander, w.icbEprrLead];
    await setClockAndSignIn(t, START, people);
    const eprr = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.trust.id, duty: 'EPRR', name: 'EPRR' },
      w.admin,
    );
    await oncallOk(t, 'setRotaLayer', weekly(eprr.id, eprr.version, [w.alice.id], { startsOn: '2026-01-05' }), w.admin);
    await t.gql.ok(
      DESIGNATE,
      { input: { organisationId: w.trust.id, designation: 'ACCOUNTABLE_EMERGENCY_OFFICER', userId: w.bob.id } },
      { token: w.admin.token },
    );
    await oncallOk(
      t,
      'setEscalationPolicy',
      {
        organisationId: w.trust.id,
        duty: 'EPRR',
        levels: [
          { target: 'ON_CALL', ackTimeoutMinutes: 5 },
          { target: 'DESIGNATION', designation: 'ACCOUNTABLE_EMERGENCY_OFFICER', ackTimeoutMinutes: 5 },
        ],
        repeats: 1,
      },
      w.eprrLead,
    );
    const gold = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.icb.id, duty: 'STRATEGIC', name: 'ICB gold' },
      w.icbEprrLead,
    );
    await oncallOk(
      t,
      'setRotaLayer',
      weekly(gold.id, gold.version, [w.icbCommander.id], { startsOn: '2026-01-05' }),
      w.icbEprrLead,
    );
  });
  afterAll(() => t.close());

  async function tickAt(iso: string): Promise<void> {
    await setClockAndSignIn(t, iso, people);
    for (let round = 0; round < 20; round++) {
      const r = await t.app.get(Scheduler).tick();
      if (r.scheduled + r.completed + r.failed + r.worked === 0) return;
    }
  }
  const pageOf = async (id: string) =>
    (await oncallOk<{ nodes: PageView[] }>(t, 'pages', { organisationId: w.trust.id, first: 50 }, w.admin)).nodes.find(
      (p) => p.id === id,
    ) as PageView;

  it('pages the on-call, then the Accountable Emergency Officer, once more each (repeats: 1), then gives up', async () => {
    const raised = await oncallOk<PageView>(
      t,
      'pageOnCall',
      { organisationId: w.trust.id, duty: 'EPRR', message: 'Severe weather: EPRR on-call needed' },
      w.commander,
    );
    for (const [at, status] of [
      ['2026-11-28T03:05:00Z', 'OPEN'],
      ['2026-11-28T03:10:00Z', 'OPEN'],
      ['2026-11-28T03:15:00Z', 'OPEN'],
      ['2026-11-28T03:20:00Z', 'EXHAUSTED'],
    ] as const) {
      await tickAt(at);
      expect((await pageOf(raised.id)).status).toBe(status);
    }
    expect((await pageOf(raised.id)).notices.map((n) => [n.level, n.person?.userId])).toEqual([
      [1, w.alice.id],
      [2, w.bob.id],
      [1, w.alice.id],
      [2, w.bob.id],
    ]);
  });

  it("pages the ICB's strategic on-call once when an incident is declared at level 2", async () => {
    await setClockAndSignIn(t, START, people);
    const incident = await report(t, w.trust.id, w.commander);
    const declared = await act(
      t,
      'declareIncident',
      { id: incident.id, version: incident.version, level: 2 },
      w.icbCommander,
    );
    await act(
      t,
      'changeIncidentLevel',
      { id: declared.id, version: declared.version, level: 3, reason: 'Spreading to other trusts' },
      w.icbCommander,
    );
    const pages = await oncallOk<{ nodes: PageView[] }>(
      t,
      'pages',
      { incidentId: incident.id, first: 10 },
      w.icbCommander,
    );
    expect(pages.nodes.map((p) => [p.organisationId, p.trigger, p.pagedPerson?.userId])).toEqual([
      [w.icb.id, 'INCIDENT_DECLARED', w.icbCommander.id],
    ]);
  });

  it("pages the organisation's IG on-call when its IG thread is opened", async () => {
    await setClockAndSignIn(t, START, people);
    const ig = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.trust.id, duty: 'IG', name: 'IG' },
      w.admin,
    );
    await oncallOk(t, 'setRotaLayer', weekly(ig.id, ig.version, [w.bob.id], { startsOn: '2026-01-05' }), w.admin);
    const officer = await createUser(t, [{ organisationId: w.trust.id, role: Role.IG_OFFICER }]);
    const incident = await report(t, w.trust.id, w.commander, { personalDataInvolved: true });
    await t.gql.ok(
      `mutation ($input: OpenIgThreadInput!) { openIgThread(input: $input) { id } }`,
      { input: { incidentId: incident.id, organisationId: w.trust.id, awarenessAt: '2026-11-28T02:00:00Z' } },
      { token: officer.token },
    );
    const pages = await oncallOk<{ nodes: PageView[] }>(t, 'pages', { incidentId: incident.id, first: 10 }, w.admin);
    expect(pages.nodes.map((p) => [p.trigger, p.pagedPerson?.userId])).toEqual([['IG_THREAD_OPENED', w.bob.id]]);
    expect(pages.nodes[0].message).toMatch(/^IG thread opened on INC-\d{4}-\d{4}: the 72-hour clock is running$/);
  });
});
