import { FixedClock } from '@muster/platform-core';
import { Scheduler } from '@muster/platform-scheduler';
import { setClockAndSignIn, startTestApp, TEST_START, TestApp } from '@muster/testing';
import { inbox } from '../notifications/notification-api';
import { act as incidentAct } from '../incidents/incident-api';
import { act, AssignmentView, attempt, errorCode, list, read } from './assignment-api';
import { createIncidentAssignmentWorld, declaredWithPartner, IncidentAssignmentWorld } from './incident-world';

/**
 * Overdue is the clock against the due time; the scheduler escalates it once per due time
 * (a timeline entry on its incident, a notification to the team's leads and the assignee),
 * however many API instances tick at once.
 */
describe('overdue assignments', () => {
  const clock = new FixedClock(new Date(TEST_START));
  let a: TestApp;
  let b: TestApp;
  let w: IncidentAssignmentWorld;

  beforeAll(async () => {
    a = await startTestApp({ clock });
    b = await startTestApp({ clock });
    w = await createIncidentAssignmentWorld(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  async function tickBoth(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      const reports = await Promise.all([a.app.get(Scheduler).tick(), b.app.get(Scheduler).tick()]);
      if (reports.every((r) => r.scheduled + r.completed + r.failed + r.worked === 0)) return;
    }
    throw new Error('the schedulers still had work after 50 rounds');
  }

  const escalations = async (id: string) =>
    a.dataSource.query<{ incident_id: string | null }[]>(
      `SELECT incident_id FROM audit_event WHERE action = 'assignment.overdue_escalated' AND entity_id = $1`,
      [id],
    );

  it('derives overdue from the clock, and escalates once per due time with two schedulers ticking', async () => {
    const incident = await declaredWithPartner(a, w, 'Overdue escalation incident');
    const due = new Date(clock.now().getTime() + 60 * 60_000).toISOString();
    const created = await act(
      a,
      'createAssignment',
      {
        organisationId: w.trust.id,
        teamId: w.teams.eprr.id,
        assigneeId: w.responder.id,
        title: 'Confirm the backup restore plan',
        function: 'EPRR',
        dueAt: due,
        source: { kind: 'MANUAL', incidentId: incident.id },
      },
      w.commander,
    );
    expect(created.overdue).toBe(false);
    await tickBoth();
    expect(await escalations(created.id)).toHaveLength(0);

    await setClockAndSignIn(a, new Date(Date.parse(due) + 60_000), [w.responder, w.eprrLead, w.commander]);
    expect((await read(a, created.id, w.responder)).data?.assignment.overdue).toBe(true);
    expect((await list(a, w.responder, { filter: { overdue: true } })).map((n) => n.id)).toContain(created.id);
    await tickBoth();
    await tickBoth();
    const escalated = await escalations(created.id);
    expect(escalated).toEqual([{ incident_id: incident.id }]);
    for (const who of [w.responder, w.eprrLead]) {
      const overdue = (await inbox(a, who)).filter(
        (n) => n.kind === 'ASSIGNMENT_OVERDUE' && n.about.entityId === created.id,
      );
      expect(overdue).toHaveLength(1);
    }
    // On the incident's timeline, which the commander reads.
    const timeline = await a.gql.ok<{ incidentTimeline: { nodes: { action: string }[] } }>(
      `query ($incidentId: ID!) { incidentTimeline(incidentId: $incidentId, first: 100) { nodes { action } } }`,
      { incidentId: incident.id },
      { token: w.commander.token },
    );
    expect(timeline.incidentTimeline.nodes.map((n) => n.action)).toEqual(
      expect.arrayContaining(['assignment.created', 'assignment.overdue_escalated']),
    );

    // A new due time is escalated again, once, when it passes.
    const current = (await read(a, created.id, w.commander)).data?.assignment as AssignmentView;
    const later = new Date(clock.now().getTime() + 30 * 60_000).toISOString();
    await act(
      a,
      'changeAssignmentDue',
      { id: created.id, version: current.version, dueAt: later, reason: 'Supplier on site at noon' },
      w.commander,
    );
    await setClockAndSignIn(a, new Date(Date.parse(later) + 60_000), [w.responder, w.commander]);
    await tickBoth();
    expect(await escalations(created.id)).toHaveLength(2);
  });

  it('does not escalate an assignment finished before its due time; the stand-down waits for mandatory ones', async () => {
    await setClockAndSignIn(a, TEST_START, [w.responder, w.eprrLead, w.commander]);
    const incident = await declaredWithPartner(a, w, 'Stand-down check incident');
    const due = new Date(clock.now().getTime() + 60 * 60_000).toISOString();
    let m = await act(
      a,
      'createAssignment',
      {
        organisationId: w.trust.id,
        teamId: w.teams.eprr.id,
        title: 'Report to NHS England region',
        function: 'EPRR',
        mandatory: true,
        dueAt: due,
        source: { kind: 'MANUAL', incidentId: incident.id },
      },
      w.commander,
    );
    let i = await incidentAct(a, 'containIncident', { id: incident.id, version: incident.version + 1 }, w.commander);
    i = await incidentAct(a, 'recoverIncident', { id: incident.id, version: i.version }, w.commander);
    const refused = await a.gql.request(
      `mutation ($input: TransitionIncidentInput!) { standDownIncident(input: $input) { id } }`,
      { input: { id: incident.id, version: i.version } },
      { token: w.commander.token },
    );
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/Report to NHS England region/);
    m = await act(
      a,
      'waiveAssignment',
      { id: m.id, version: m.version, reason: 'Region informed by phone' },
      w.commander,
    );
    expect(m.status).toBe('WAIVED');
    await setClockAndSignIn(a, new Date(Date.parse(due) + 60_000), [w.commander, w.responder]);
    await tickBoth();
    expect(await escalations(m.id)).toHaveLength(0);
    const stoodDown = await incidentAct(a, 'standDownIncident', { id: incident.id, version: i.version }, w.commander);
    expect(stoodDown.status).toBe('STOOD_DOWN');
    expect(errorCode(await attempt(a, 'acknowledgeAssignment', { id: m.id, version: m.version }, w.responder))).toBe(
      'CONFLICT',
    );
  });
});
