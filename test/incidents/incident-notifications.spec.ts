import { MailSink, startMailSink, startTestApp, TestApp } from '@muster/testing';
import { inbox, tick } from '../notifications/notification-api';
import { act, createIncidentWorld, IncidentWorld, report } from './incident-api';

const REGION = 'england.region-eprr@nhs.net';

describe('who hears of an incident', () => {
  let t: TestApp;
  let w: IncidentWorld;
  let sink: MailSink;

  beforeAll(async () => {
    sink = await startMailSink();
    t = await startTestApp({ env: { ...sink.env, INCIDENT_REGION_CONTACT_EMAIL: REGION } });
    w = await createIncidentWorld(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const kinds = async (who: IncidentWorld['commander'], incidentId: string) =>
    (await inbox(t, who)).filter((n) => n.about.entityId === incidentId).map((n) => n.kind);

  it("tells the lead organisation's commanders and the ICB on-call of a report, not the reporter", async () => {
    const i = await report(t, w.trust.id, w.responder);
    expect(await kinds(w.commander, i.id)).toEqual(['INCIDENT_REPORTED']);
    expect(await kinds(w.icbCommander, i.id)).toEqual(['INCIDENT_REPORTED']);
    expect(await kinds(w.responder, i.id)).toEqual([]);
    expect(await kinds(w.icbEprrLead, i.id)).toEqual([]);
  });

  it("tells the ICB's commanders and EPRR lead of a declaration and level changes; from level 3 the region contact by email too", async () => {
    const i = await report(t, w.trust.id, w.responder);
    const declared = await act(
      t,
      'declareIncident',
      { id: i.id, version: i.version, level: 2, scope: 'SYSTEM_WIDE' },
      w.icbCommander,
    );
    expect(await kinds(w.icbEprrLead, i.id)).toEqual(['INCIDENT_DECLARED']);
    await act(
      t,
      'changeIncidentLevel',
      { id: i.id, version: declared.version, level: 3, reason: 'Regional command' },
      w.icbCommander,
    );
    const [raised] = (await inbox(t, w.icbEprrLead)).filter(
      (n) => n.kind === 'INCIDENT_LEVEL_CHANGED' && n.about.entityId === i.id,
    );
    expect(raised.body).toMatch(/from level 2 to level 3\. Marked for the NHS England region contact/);
    const deliveries = await t.dataSource.query<{ address: string }[]>(
      `SELECT d.address FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.entity_id = $1 AND d.user_id IS NULL`,
      [i.id],
    );
    expect(deliveries.map((d) => d.address)).toEqual([REGION]);
    await tick(t);
    expect(sink.received.filter((m) => m.to.includes(REGION)).map((m) => m.subject)).toEqual([
      `Incident ${i.reference}: level changed`,
    ]);
  });

  it('tells a person of the command role given to them, and the commanders of a stand-down', async () => {
    const i = await report(t, w.trust.id, w.responder);
    let d = await act(t, 'declareIncident', { id: i.id, version: i.version }, w.commander);
    await act(t, 'assignIncidentRole', { incidentId: i.id, role: 'SCRIBE', userId: w.responder.id }, w.commander);
    expect(await kinds(w.responder, i.id)).toEqual(['INCIDENT_ROLE_ASSIGNED']);
    d = await act(t, 'containIncident', { id: i.id, version: d.version + 1 }, w.commander);
    d = await act(t, 'recoverIncident', { id: i.id, version: d.version }, w.commander);
    await act(t, 'standDownIncident', { id: i.id, version: d.version }, w.commander);
    expect(await kinds(w.icbCommander, i.id)).toEqual(expect.arrayContaining(['INCIDENT_STOOD_DOWN']));
  });
});
