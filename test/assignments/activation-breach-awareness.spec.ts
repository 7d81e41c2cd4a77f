import { startTestApp, TestApp } from '@muster/testing';
import { step } from '../runbooks/runbook-api';
import { AssignmentView, list } from './assignment-api';
import {
  activate,
  ActivationView,
  approvedStepsRunbook,
  createIncidentAssignmentWorld,
  declaredWithPartner,
  IncidentAssignmentWorld,
} from './incident-world';

const OPEN_THREAD = `mutation ($input: OpenIgThreadInput!) { openIgThread(input: $input) { id } }`;
const hoursAfter = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

/**
 * A step that counts from awareness of a personal data breach (the 72-hour ICO report) has no
 * due time until the organisation's awareness is known; opening its IG thread times it from
 * the awareness the IG officer enters (earlier than declaration, here), audited on the
 * incident's timeline; another organisation's steps wait for its own thread; and a runbook
 * activated after the thread exists is timed at once.
 */
describe('steps counted from breach awareness', () => {
  let t: TestApp;
  let w: IncidentAssignmentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentAssignmentWorld(t);
  });
  afterAll(() => t.close());

  it('are timed when the organisation opens its IG thread, and at once after', async () => {
    const incident = await declaredWithPartner(t, w);
    const icoStep = step('Report the breach to the ICO', {
      function: 'INFORMATION_GOVERNANCE',
      responsibleRole: 'IG_OFFICER',
      targetMinutes: 72 * 60,
      clockAnchor: 'BREACH_AWARENESS',
    });
    const rb = await approvedStepsRunbook(t, w, [
      step('Isolate', { function: 'DIGITAL', responsibleRole: 'RESPONDER', targetMinutes: 30 }),
      icoStep,
    ]);
    const res = await activate(
      t,
      { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.trust.id, w.partner.id] },
      w.commander,
    );
    expect(res.errors).toBeUndefined();
    const activations = res.data?.activateRunbook as ActivationView[];
    const icoOf = async (organisationId: string) => {
      const all = await list(t, w.commander, { filter: { incidentId: incident.id } });
      const ids = (activations.find((a) => a.organisationId === organisationId) as ActivationView).assignmentIds;
      return all.find((a) => ids.includes(a.id) && a.title === 'Report the breach to the ICO') as AssignmentView;
    };
    expect((await icoOf(w.trust.id)).dueAt).toBeNull();

    // The trust's IG officer became aware two hours before the declaration.
    const awarenessAt = hoursAfter(incident.declaredAt as string, -2);
    await t.gql.ok(
      OPEN_THREAD,
      { input: { incidentId: incident.id, organisationId: w.trust.id, awarenessAt } },
      { token: w.siro.token },
    );
    expect((await icoOf(w.trust.id)).dueAt).toBe(hoursAfter(awarenessAt, 72));
    expect((await icoOf(w.partner.id)).dueAt).toBeNull();
    const events = await t.dataSource.query<{ summary: string; incident_id: string; action: string }[]>(
      `SELECT summary, incident_id, action, entity_id FROM audit_event WHERE incident_id = $1 ORDER BY id`,
      [incident.id],
    );
    const event = events.find((e) => e.action === 'assignment.due_changed') as (typeof events)[number];
    expect(event).toMatchObject({ incident_id: incident.id });
    expect(event.summary).toMatch(/counted from awareness of the personal data breach$/);

    // Activated after the thread exists: timed from awareness at once.
    const later = await approvedStepsRunbook(t, w, [icoStep], { title: 'Data breach: notification' });
    const again = await activate(
      t,
      { incidentId: incident.id, runbookId: later.id, organisationIds: [w.trust.id] },
      w.commander,
    );
    const [id] = (again.data?.activateRunbook as ActivationView[])[0].assignmentIds;
    const timed = (await list(t, w.commander, { filter: { incidentId: incident.id } })).find((a) => a.id === id);
    expect(timed?.dueAt).toBe(hoursAfter(awarenessAt, 72));
  });
});
